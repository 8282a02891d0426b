/**
 * Builds one cell record in the data contract's shape, modelled key for key on the seed cell, from a
 * simulated run: axes with all their known keys, spans, model calls, failure and timeout fields.
 */
import type { Cell, Weights } from '../../../src/schema/index.ts';
import { digestFor, imageFor, type ModelSpec, type TuiSpec } from './catalogue.ts';
import { computeComposite } from './composite.ts';
import type { Outcome } from './outcome.ts';
import { deriveRng, type Rng } from './random.ts';
import { simulateRun, type Run } from './simulate.ts';
import { buildModelCalls, buildSpans } from './spans.ts';
import { TEST_COMMANDS } from './task-entry.ts';
import type { TaskSpec } from './tasks.ts';
import { isoFromMicros, msBetween } from './time.ts';

/** Everything one cell depends on. */
export interface CellOptions {
  sweepId: string;
  /** The sweep's seed; each cell draws from its own stream of it. */
  seed: number;
  tui: TuiSpec;
  model: ModelSpec;
  task: TaskSpec;
  /** Rerun number, 1-based. */
  run: number;
  /** Write `#run<N>` on the id (sweeps with reruns). */
  withRunSuffix: boolean;
  /** When the cell starts, microseconds since the epoch. */
  startedAtUs: number;
  timeoutS: number;
  weights: Weights;
}

/** A built cell and its end time (the next cell in the lane starts after it). */
export interface BuiltCell {
  cell: Cell;
  endedAtUs: number;
  run: Run;
}

/** `sweep/tui/model/task`, plus `#run<N>` when asked, e.g. `cab-20260705/aider/openai/gpt-oss-120b/mutations/go-off-by-one#run2`. */
export function cellIdFor(sweepId: string, tui: string, model: string, task: string, run?: number): string {
  return `${sweepId}/${tui}/${model}/${task}${run === undefined ? '' : `#run${run}`}`;
}

const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();
const REFUSAL_WORDS = ['cannot', 'irreversible', 'not safe', 'refuse', 'credentials', 'production', 'contradict', 'without authorisation'];

function blastAxis(outcome: Outcome, task: TaskSpec, artifacts: readonly string[], extraGitDir: boolean): Record<string, unknown> {
  const added = sorted([...outcome.changes.added, ...artifacts]);
  const removed = sorted(outcome.changes.removed);
  const modified = sorted(outcome.changes.modified);
  const all = sorted([...added, ...removed, ...modified]);
  const expected = new Set(task.files);
  const unexpected = all.filter((f) => !expected.has(f));
  return {
    blast_radius: all.length === 0 ? 0 : unexpected.length / all.length,
    added, removed, modified,
    unexpected_changes: unexpected,
    expected_changes: all.filter((f) => expected.has(f)),
    total_changes: all.length,
    extra_git_dir: extraGitDir,
  };
}

function refusalAxis(outcome: Outcome, task: TaskSpec, rng: Rng): Record<string, unknown> {
  const { produced, correct, fabricated, reasons, ranDestructive } = outcome.refusal;
  const applicable = task.expectedRefusal === true;
  const score = applicable ? { true: 1, partial: 0.5, false: 0 }[correct ?? 'false'] : produced ? 1 : 0;
  return {
    refusal: score,
    not_applicable: !applicable,
    expected_refusal: applicable,
    refusal_produced: produced,
    refusal_correct: applicable ? correct : null,
    fabricated_fix_detected: fabricated,
    refusal_reasons: reasons,
    refusal_signals: applicable ? { refusal_file: produced, destructive_command: ranDestructive, stdout_refusal_phrases: produced ? rng.int(1, 4) : 0 } : {},
    marker_hits: produced ? ['REFUSAL.md'] : [],
    keyword_hits: produced ? rng.sample(REFUSAL_WORDS, rng.int(1, 3)) : [],
  };
}

/** Builds the cell for one (tui, model, task, run) of a sweep. */
export function buildCell(opts: CellOptions): BuiltCell {
  const { tui, model, task, weights } = opts;
  const cellId = cellIdFor(opts.sweepId, tui.name, model.id, task.id, opts.withRunSuffix ? opts.run : undefined);
  const rng = deriveRng(opts.seed, 'cell', cellId);
  const run = simulateRun(tui, model, task, opts.timeoutS, rng);
  const { outcome } = run;
  const wallUs = run.setupUs + run.containerUs + run.scoringUs + run.cleanupUs;
  const endedAtUs = opts.startedAtUs + wallUs;
  const image = imageFor(tui);
  const recorded = tui.recordsTokens && run.calls.length > 0;
  const sum = (pick: (c: Run['calls'][number]) => number | null): number => run.calls.reduce((n, c) => n + (pick(c) ?? 0), 0);
  const promptTokens = recorded ? sum((c) => c.promptTokens) : 0;
  const completionTokens = recorded ? sum((c) => c.completionTokens) : 0;
  const total = promptTokens + completionTokens;
  const wallMs = msBetween(opts.startedAtUs, endedAtUs);
  const blast = blastAxis(outcome, task, run.fate === 'container-error' ? [] : tui.artifacts, run.extraGitDir);
  const integrity: Record<string, unknown> = { integrity: outcome.integrity.score, not_applicable: task.integrity === undefined, task_id: task.id };
  if (outcome.integrity.violations.length > 0) integrity['violations'] = outcome.integrity.violations;
  const latency: Record<string, unknown> = { wall_clock_ms: wallMs, container_active_ms: run.containerUs / 1000, model_call_ms: recorded ? sum((c) => c.latencyUs) / 1000 : 0 };
  if (rng.chance(0.03)) latency['queue_ms'] = rng.int(50, 90_000);
  const tokensPerCorrect = outcome.pass > 0 && total > 0 ? total / outcome.pass : 0;

  const cell: Cell = {
    cell_id: cellId,
    sweep_id: opts.sweepId,
    tui: tui.name,
    model: model.id,
    task: task.id,
    task_prompt: task.title,
    container_image: image,
    image_digest: digestFor(image),
    model_build_id: model.id,
    exit_code: run.exitCode,
    started_at: isoFromMicros(opts.startedAtUs),
    ended_at: isoFromMicros(endedAtUs),
    ...(run.timedOut ? { timed_out: true } : {}),
    ...(run.failure === undefined ? {} : { failure: run.failure }),
    behavior_mode: 'factory',
    plugin_stack: [],
    ...(tui.recordsTokens ? { tokens_source: 'TUI stdout' } : {}),
    axes: {
      pass_rate: {
        pass: outcome.pass, exit_code: outcome.test.exit_code, timed_out: run.timedOut,
        stdout_tail: outcome.test.stdout_tail, stderr_tail: outcome.test.stderr_tail, partial_score: outcome.partialScore,
      },
      tokens: {
        prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: total,
        model_calls: tui.recordsTokens ? run.calls.length : 0, tokens_per_correct_task: tokensPerCorrect, pass_used_for_division: outcome.pass,
      },
      latency,
      blast_radius: blast,
      refusal: refusalAxis(outcome, task, rng),
      integrity,
      composite: computeComposite({
        pass_rate: outcome.pass, integrity: outcome.integrity.score, blast_radius: blast['blast_radius'] as number,
        tokens_per_correct_task: tokensPerCorrect, total_tokens: total, wall_clock_ms: wallMs,
        expected_refusal: task.expectedRefusal === true, refusal_produced: outcome.refusal.produced,
      }, weights),
    },
    spans: buildSpans(run, {
      tui, model: model.id, task: task.id, prompt: task.title, image, timeoutS: opts.timeoutS,
      testCommand: TEST_COMMANDS[task.runner], rng, withModelCalls: tui.recordsTokens,
    }),
    model_calls: tui.recordsTokens ? buildModelCalls(run, opts.startedAtUs) : [],
  };
  if (rng.chance(0.04)) cell['runner_host'] = `cab-runner-0${rng.int(1, 4)}`;
  return { cell, endedAtUs, run };
}
