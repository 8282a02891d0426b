/**
 * Head-to-head comparison of two configs in one sweep, on the tasks both
 * have a score for (at least one non-excluded run each).
 */

import { summariseCells } from './cell-summary.ts';
import { isUnitPassed, type ConfigTaskUnit } from './config-task-units.ts';
import type { CellScore } from './normalise.ts';
import { mcnemarExact, pairedBootstrapDifference, seedFromString, type Interval } from './stats/index.ts';
import { compareStrings } from '../util/compare-strings.ts';

/** Which of the two configs passed a shared task. */
export type PairOutcome = 'both' | 'onlyA' | 'onlyB' | 'neither';

/** One config's side of a shared task. */
export interface TaskSide {
  /** Every run of the config on the task (excluded ones included), attempt order. */
  cellIds: string[];
  /** Mean normalised composite over scored runs. */
  composite: number;
  /** At least half the scored runs passed. */
  passed: boolean;
}

/** Both configs on one shared task. */
export interface TaskComparison {
  task: string;
  outcome: PairOutcome;
  a: TaskSide;
  b: TaskSide;
  /** Higher per-task composite; `tie` when they differ by less than 1e-9. */
  winner: 'a' | 'b' | 'tie';
}

/** A number for each config and A − B; null where either side has none. */
export interface SideBySide {
  a: number | null;
  b: number | null;
  difference: number | null;
}

/** The head-to-head of configs A and B. */
export interface ConfigComparison {
  /** Config keys (`tui/model`). */
  a: string;
  b: string;
  /** Shared tasks in task-id order. */
  tasks: TaskComparison[];
  /** Tasks only one of the two has a score for. */
  onlyInA: string[];
  onlyInB: string[];
  /** Shared tasks per pass outcome. */
  counts: Record<PairOutcome, number>;
  /** Shared tasks where A's composite is higher (wins), lower (losses) or equal (ties). */
  wins: number;
  losses: number;
  ties: number;
  /** Exact two-sided McNemar p on the discordant tasks (onlyA vs onlyB); 1 when there are none. */
  mcnemarP: number;
  /** mean composite A − B over shared tasks, paired bootstrap 95% interval; null when no task is shared. */
  compositeDifference: Interval | null;
  /** Tokens per correct task over the shared tasks' scored cells. */
  tokensPerCorrect: SideBySide;
  /** Median wall time (ms) over the shared tasks' scored cells. */
  wallMedianMs: SideBySide;
}

const TIE_EPSILON = 1e-9;

function side(unit: ConfigTaskUnit): TaskSide {
  return { cellIds: unit.runs.map((r) => r.cellId), composite: unit.composite ?? 0, passed: isUnitPassed(unit) };
}

function sideBySide(a: number | null, b: number | null): SideBySide {
  return { a, b, difference: a === null || b === null ? null : a - b };
}

/**
 * Compares two configs task by task.
 *
 * @param unitsA task → unit of config A (from `buildUnits`); likewise B.
 * @returns the comparison; the paired bootstrap is seeded with `${sweepId}/compare:${a}|${b}`.
 * @example
 * compareConfigs('s', 'aider/m', units.get('aider/m'), 'pi/m', units.get('pi/m')).mcnemarP;
 */
export function compareConfigs(
  sweepId: string,
  a: string,
  unitsA: ReadonlyMap<string, ConfigTaskUnit> | undefined,
  b: string,
  unitsB: ReadonlyMap<string, ConfigTaskUnit> | undefined,
): ConfigComparison {
  const mapA = unitsA ?? new Map<string, ConfigTaskUnit>();
  const mapB = unitsB ?? new Map<string, ConfigTaskUnit>();
  const scoredTasks = (m: ReadonlyMap<string, ConfigTaskUnit>) => [...m.values()].filter((u) => u.composite !== null).map((u) => u.task);
  const tasksA = new Set(scoredTasks(mapA));
  const tasksB = new Set(scoredTasks(mapB));
  const shared = [...tasksA].filter((t) => tasksB.has(t)).sort(compareStrings);
  const tasks: TaskComparison[] = [];
  const counts: Record<PairOutcome, number> = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  let wins = 0;
  let losses = 0;
  const cellsA: CellScore[] = [];
  const cellsB: CellScore[] = [];
  for (const task of shared) {
    const ua = mapA.get(task) as ConfigTaskUnit;
    const ub = mapB.get(task) as ConfigTaskUnit;
    cellsA.push(...ua.scored);
    cellsB.push(...ub.scored);
    const sa = side(ua);
    const sb = side(ub);
    const outcome: PairOutcome = sa.passed ? (sb.passed ? 'both' : 'onlyA') : sb.passed ? 'onlyB' : 'neither';
    counts[outcome]++;
    const diff = sa.composite - sb.composite;
    const winner = Math.abs(diff) < TIE_EPSILON ? 'tie' : diff > 0 ? 'a' : 'b';
    if (winner === 'a') wins++;
    if (winner === 'b') losses++;
    tasks.push({ task, outcome, a: sa, b: sb, winner });
  }
  const summaryA = summariseCells(cellsA);
  const summaryB = summariseCells(cellsB);
  return {
    a,
    b,
    tasks,
    onlyInA: [...tasksA].filter((t) => !tasksB.has(t)).sort(compareStrings),
    onlyInB: [...tasksB].filter((t) => !tasksA.has(t)).sort(compareStrings),
    counts,
    wins,
    losses,
    ties: tasks.length - wins - losses,
    mcnemarP: mcnemarExact(counts.onlyA, counts.onlyB),
    compositeDifference: pairedBootstrapDifference(
      tasks.map((t) => t.a.composite),
      tasks.map((t) => t.b.composite),
      { seed: seedFromString(`${sweepId}/compare:${a}|${b}`) },
    ),
    tokensPerCorrect: sideBySide(summaryA.tokensPerCorrect, summaryB.tokensPerCorrect),
    wallMedianMs: sideBySide(summaryA.wallMedianMs, summaryB.wallMedianMs),
  };
}

/** Two configs worth comparing and what they have in common. */
export interface ComparablePair {
  a: string;
  b: string;
  /** `tui`: same tui, different models; `model`: same model, different tuis. */
  shares: 'tui' | 'model';
}

/**
 * Every pair of configs that share a tui or share a model, in input order
 * (a before b as listed; pairs ordered by a, then b).
 *
 * @example
 * comparablePairs([{ key: 'x/m1', tui: 'x', model: 'm1' }, { key: 'y/m1', tui: 'y', model: 'm1' }, { key: 'y/m2', tui: 'y', model: 'm2' }]);
 * // [{ a: 'x/m1', b: 'y/m1', shares: 'model' }, { a: 'y/m1', b: 'y/m2', shares: 'tui' }]
 */
export function comparablePairs(configs: readonly { key: string; tui: string; model: string }[]): ComparablePair[] {
  const pairs: ComparablePair[] = [];
  for (let i = 0; i < configs.length; i++) {
    const x = configs[i] as (typeof configs)[number];
    for (let j = i + 1; j < configs.length; j++) {
      const y = configs[j] as (typeof configs)[number];
      if (x.tui === y.tui && x.model !== y.model) pairs.push({ a: x.key, b: y.key, shares: 'tui' });
      else if (x.model === y.model && x.tui !== y.tui) pairs.push({ a: x.key, b: y.key, shares: 'model' });
    }
  }
  return pairs;
}
