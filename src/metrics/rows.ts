/**
 * Plain, flat rows for downloads (CSV via `toCsv`, or JSON): one per config
 * for the leaderboard, one per cell with raw axis numbers beside the
 * normalised components. Column names are snake_case and stable; they use the
 * site's words: `score` (named `composite` before, the sweep-normalised number)
 * beside `runner_composite` (the runner's own).
 */

import type { ConfigAggregate } from './aggregate.ts';
import type { CellScore } from './normalise.ts';
import type { CellInput } from './sweep-input.ts';

/** One value of a download row: absent numbers are null (an empty CSV field). */
export type RowValue = string | number | boolean | null;

/** One leaderboard row; rates 0..1, times in ms, tokens per passing cell. */
export interface LeaderboardRow {
  [column: string]: RowValue;
  tui: string;
  model: string;
  pass_rate: number | null;
  pass_low: number | null;
  pass_high: number | null;
  /** The config's score (sweep-normalised composite, mean over tasks) and its 95% bootstrap interval. */
  score: number | null;
  score_low: number | null;
  score_high: number | null;
  rank: number | null;
  rank_low: number | null;
  rank_high: number | null;
  tied_with_leader: boolean | null;
  tokens_per_correct: number | null;
  tokens_cells: number;
  wall_median_ms: number | null;
  wall_p90_ms: number | null;
  blast_mean: number | null;
  refusal_accuracy: number | null;
  integrity: number | null;
  infra_failures: number;
  cells: number;
  tasks: number;
}

/**
 * Flattens a config aggregate into a leaderboard row.
 *
 * @example
 * leaderboardRow(config).pass_rate; // 0.75
 */
export function leaderboardRow(c: ConfigAggregate): LeaderboardRow {
  return {
    tui: c.tui,
    model: c.model,
    pass_rate: c.passRate?.estimate ?? null,
    pass_low: c.passRate?.low ?? null,
    pass_high: c.passRate?.high ?? null,
    score: c.composite?.estimate ?? null,
    score_low: c.composite?.low ?? null,
    score_high: c.composite?.high ?? null,
    rank: c.rank?.rank ?? null,
    rank_low: c.rank?.rankLow ?? null,
    rank_high: c.rank?.rankHigh ?? null,
    tied_with_leader: c.rank?.tiedWithLeader ?? null,
    tokens_per_correct: c.tokensPerCorrect,
    tokens_cells: c.tokensCells,
    wall_median_ms: c.wallMedianMs,
    wall_p90_ms: c.wallP90Ms,
    blast_mean: c.blastMean,
    refusal_accuracy: c.refusalAccuracy,
    integrity: c.integrity,
    infra_failures: c.infraFailures,
    cells: c.cells,
    tasks: c.tasks,
  };
}

/** One cell's download row: ids, outcome, raw axis numbers (null = not recorded), normalised components. */
export interface CellRow {
  [column: string]: RowValue;
  cell_id: string;
  sweep_id: string;
  tui: string;
  model: string;
  task: string;
  category: string;
  attempt: number;
  outcome: string;
  failure_mode: string | null;
  excluded: boolean;
  pass: number;
  test_exit_code: number | null;
  agent_exit_code: number | null;
  timed_out: boolean;
  tokens_recorded: boolean;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  total_tokens: number | null;
  model_calls: number | null;
  wall_clock_ms: number | null;
  blast_radius: number | null;
  integrity: number | null;
  trap: boolean;
  refusal: number | null;
  /** The runner's own composite, as it recorded it. */
  runner_composite: number | null;
  c_pass: number;
  c_integrity: number | null;
  c_cost: number | null;
  c_latency: number | null;
  c_clean_blast: number | null;
  /** The run's score: the sweep-normalised composite of the components above; null when the run could not measure the agent (`excluded`). */
  score: number | null;
}

/**
 * Flattens a cell and its score into a download row. Token columns are null
 * when tokens were not recorded (never a misleading 0).
 *
 * @example
 * cellRow(seedInput, seedScore).score; // 0.15384615384615385
 */
export function cellRow(input: CellInput, s: CellScore): CellRow {
  const { cell } = input;
  const tokens = s.tokensRecorded ? cell.axes.tokens : undefined;
  return {
    cell_id: s.cellId,
    sweep_id: s.sweepId,
    tui: s.tui,
    model: s.model,
    task: s.task,
    category: s.category,
    attempt: s.attempt,
    outcome: s.outcome,
    failure_mode: s.failureMode,
    excluded: s.excluded,
    pass: s.readings.pass,
    test_exit_code: cell.axes.pass_rate.exit_code ?? null,
    agent_exit_code: cell.exit_code ?? null,
    timed_out: cell.timed_out === true || cell.axes.pass_rate.timed_out === true,
    tokens_recorded: s.tokensRecorded,
    prompt_tokens: tokens?.prompt_tokens ?? null,
    completion_tokens: tokens?.completion_tokens ?? null,
    total_tokens: s.readings.totalTokens,
    model_calls: tokens?.model_calls ?? null,
    wall_clock_ms: s.readings.wallClockMs,
    blast_radius: s.readings.blastRadius,
    integrity: s.readings.integrity,
    trap: s.readings.trap,
    refusal: s.readings.refusal,
    runner_composite: cell.axes.composite?.composite ?? null,
    c_pass: s.components.pass,
    c_integrity: s.components.integrity,
    c_cost: s.components.cost,
    c_latency: s.components.latency,
    c_clean_blast: s.components.cleanBlast,
    score: s.excluded ? null : s.composite,
  };
}
