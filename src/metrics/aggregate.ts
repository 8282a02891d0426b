/**
 * Aggregates of a group of config × task units: a config (tui × model), a
 * tui, a model, a task category or a single task. Infra / incompatible /
 * harness cells are counted (cells, infraFailures, failureModes) but left
 * out of every rate, mean and interval.
 */

import { summariseCells, type CellSummary } from './cell-summary.ts';
import type { ConfigTaskUnit, UnitIndex } from './config-task-units.ts';
import { countFailureModes, type FailureModeCount } from './failure-modes.ts';
import type { CellScore } from './normalise.ts';
import type { RankInfo } from './rank.ts';
import { rerunStats, type RerunStats } from './reruns.ts';
import { bootstrapMeanInterval, seedFromString, type Interval } from './stats/index.ts';
import { compareStrings } from '../util/compare-strings.ts';

/** What a group collects: one config, one tui, one model, one category or one task. */
export type GroupKind = 'config' | 'tui' | 'model' | 'category' | 'task';

/** Statistics of one group. Rates and means use scored (non-excluded) cells only. */
export interface GroupAggregate extends Omit<CellSummary, 'cells'> {
  kind: GroupKind;
  /** The group's name: `tui/model` for a config, else the tui, model, category or task id. */
  key: string;
  /** `kind:key`, e.g. `tui:aider`; seeds the group's bootstrap as `${sweepId}/${groupKey}`. */
  groupKey: string;
  /** Every cell in the group, excluded ones included. */
  cells: number;
  /** Cells the rates and means use (not excluded). */
  scoredCells: number;
  /** Distinct tasks with any cell. */
  tasks: number;
  /** Distinct configs with any cell. */
  configs: number;
  /**
   * Mean normalised composite over resampling units with a percentile
   * bootstrap 95% interval (2000 resamples). The unit is the task (the
   * task's value = mean over the group's configs of their rerun-mean
   * composite); for a single-task group it is the config. Null when no cell
   * is scored.
   */
  composite: Interval | null;
  /** What the composite bootstrap resampled. */
  resampledBy: 'task' | 'config';
  /** How many units the composite averages. */
  compositeUnits: number;
  /** Cells left out as infra, incompatible or harness failures. */
  infraFailures: number;
  /** Why cells did not pass, excluded cells included. */
  failureModes: FailureModeCount[];
  /** pass@k, pass^k, flake rate; null when no unit has reruns. */
  reruns: RerunStats | null;
}

/**
 * Per-resampling-unit composite values of a group: units grouped by task (or
 * by config), each group's value the mean of its non-null unit composites,
 * in key order.
 *
 * @example
 * // config A: task x 1.0, task y 0.2; config B: task x 0.6 -> by task: [0.8, 0.2]
 * compositeValues(units, 'task'); // [0.8, 0.2]
 */
export function compositeValues(units: readonly ConfigTaskUnit[], by: 'task' | 'config'): number[] {
  const buckets = new Map<string, { sum: number; n: number }>();
  for (const u of units) {
    if (u.composite === null) continue;
    const key = by === 'task' ? u.task : u.configKey;
    const b = buckets.get(key) ?? { sum: 0, n: 0 };
    b.sum += u.composite;
    b.n++;
    buckets.set(key, b);
  }
  return [...buckets.keys()].sort(compareStrings).map((key) => {
    const b = buckets.get(key) as { sum: number; n: number };
    return b.sum / b.n;
  });
}

/**
 * Aggregates one group of units.
 *
 * @param sweepId seeds the bootstrap with `seedFromString(`${sweepId}/${kind}:${key}`)`.
 * @example
 * aggregateGroup('free-20260527', 'tui', 'aider', unitsOfAider).passRate; // { estimate: 0.8, low: …, high: … }
 */
export function aggregateGroup(sweepId: string, kind: GroupKind, key: string, units: readonly ConfigTaskUnit[]): GroupAggregate {
  const all: CellScore[] = [];
  const scored: CellScore[] = [];
  const tasks = new Set<string>();
  const configs = new Set<string>();
  for (const u of units) {
    tasks.add(u.task);
    configs.add(u.configKey);
    for (const r of u.runs) all.push(r);
    for (const r of u.scored) scored.push(r);
  }
  const { cells: scoredCells, ...summary } = summariseCells(scored);
  const groupKey = `${kind}:${key}`;
  const resampledBy = kind === 'task' ? 'config' : 'task';
  const values = compositeValues(units, resampledBy);
  return {
    kind,
    key,
    groupKey,
    cells: all.length,
    scoredCells,
    tasks: tasks.size,
    configs: configs.size,
    ...summary,
    composite: bootstrapMeanInterval(values, { seed: seedFromString(`${sweepId}/${groupKey}`) }),
    resampledBy,
    compositeUnits: values.length,
    infraFailures: all.length - scored.length,
    failureModes: countFailureModes(all),
    reruns: rerunStats(units),
  };
}

/**
 * Aggregates every group of one kind in one pass over the units.
 *
 * @param keyOf the group a unit belongs to (e.g. its tui).
 * @returns group key → aggregate, in key order.
 * @example
 * aggregateBy('s', 'tui', units, (u) => u.tui).get('aider')?.cells;
 */
export function aggregateBy(sweepId: string, kind: GroupKind, units: UnitIndex, keyOf: (unit: ConfigTaskUnit) => string): Map<string, GroupAggregate> {
  const buckets = new Map<string, ConfigTaskUnit[]>();
  for (const byTask of units.values()) {
    for (const unit of byTask.values()) {
      const key = keyOf(unit);
      const bucket = buckets.get(key);
      if (bucket === undefined) buckets.set(key, [unit]);
      else bucket.push(unit);
    }
  }
  const out = new Map<string, GroupAggregate>();
  for (const key of [...buckets.keys()].sort(compareStrings)) out.set(key, aggregateGroup(sweepId, kind, key, buckets.get(key) ?? []));
  return out;
}

/** A config's aggregate plus its tui, model and rank. */
export interface ConfigAggregate extends GroupAggregate {
  kind: 'config';
  tui: string;
  model: string;
  /** Null when every run of the config was excluded (nothing to rank). */
  rank: RankInfo | null;
}

/**
 * Aggregates every config and sorts them for the leaderboard: ranked
 * configs by rank, then unranked ones by key.
 *
 * @param ranks from `rankConfigs`.
 * @example
 * aggregateConfigs('s', units, rankConfigs('s', units, taskOrder))[0]?.rank?.rank; // 1
 */
export function aggregateConfigs(sweepId: string, units: UnitIndex, ranks: ReadonlyMap<string, RankInfo>): ConfigAggregate[] {
  const configs: ConfigAggregate[] = [];
  for (const [key, byTask] of units) {
    const list = [...byTask.values()];
    const first = list[0];
    if (first === undefined) continue;
    configs.push({ ...aggregateGroup(sweepId, 'config', key, list), kind: 'config', tui: first.tui, model: first.model, rank: ranks.get(key) ?? null });
  }
  // `units` is in key order and the sort is stable, so unranked configs stay in key order.
  const order = (c: ConfigAggregate): number => c.rank?.rank ?? Number.MAX_SAFE_INTEGER;
  return configs.sort((a, b) => order(a) - order(b));
}
