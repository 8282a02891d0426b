/**
 * The unit every aggregate is built from: one config's runs on one task.
 * With reruns, a config's score on a task is the mean over its runs, so a
 * config with five runs of a task counts as much as one with a single run.
 */

import type { CellScore } from './normalise.ts';
import { compareStrings } from '../util/compare-strings.ts';

/** One config's runs on one task, with the per-task score. */
export interface ConfigTaskUnit {
  /** `tui/model`. */
  configKey: string;
  tui: string;
  model: string;
  task: string;
  category: string;
  /** Every run, in attempt order (then `cell_id`). */
  runs: CellScore[];
  /** The runs aggregates use: those not excluded (infra / incompatible / harness). */
  scored: CellScore[];
  /** Mean normalised composite over `scored`; null when every run is excluded. */
  composite: number | null;
  /** Number of `scored` runs whose outcome is `pass`. */
  passes: number;
}

/** Config key → task → unit, both levels in code-unit key order. */
export type UnitIndex = Map<string, Map<string, ConfigTaskUnit>>;

function byAttempt(a: CellScore, b: CellScore): number {
  return a.attempt - b.attempt || compareStrings(a.cellId, b.cellId);
}

/**
 * Mean composite and pass count of a unit's non-excluded runs.
 *
 * @example
 * // a passing run scoring 0.8 and a failing run scoring 0.4:
 * summariseRuns([passing08, failing04]); // { composite: 0.6, passes: 1 }
 */
export function summariseRuns(scored: readonly CellScore[]): { composite: number | null; passes: number } {
  if (scored.length === 0) return { composite: null, passes: 0 };
  let sum = 0;
  let passes = 0;
  for (const s of scored) {
    sum += s.composite;
    if (s.outcome === 'pass') passes++;
  }
  return { composite: sum / scored.length, passes };
}

/**
 * Groups cell scores into config × task units in one pass.
 *
 * @returns config key → task → unit, keys sorted.
 * @example
 * buildUnits(scores.values()).get('aider/openai/gpt-oss-120b')?.get('mutations/x')?.composite;
 */
export function buildUnits(scores: Iterable<CellScore>): UnitIndex {
  const raw = new Map<string, Map<string, CellScore[]>>();
  for (const s of scores) {
    let byTask = raw.get(s.configKey);
    if (byTask === undefined) raw.set(s.configKey, (byTask = new Map()));
    const runs = byTask.get(s.task);
    if (runs === undefined) byTask.set(s.task, [s]);
    else runs.push(s);
  }
  const index: UnitIndex = new Map();
  for (const config of [...raw.keys()].sort(compareStrings)) {
    const byTask = raw.get(config) ?? new Map<string, CellScore[]>();
    const units = new Map<string, ConfigTaskUnit>();
    for (const task of [...byTask.keys()].sort(compareStrings)) {
      const runs = (byTask.get(task) ?? []).sort(byAttempt);
      const first = runs[0];
      if (first === undefined) continue;
      const scored = runs.filter((r) => !r.excluded);
      units.set(task, { configKey: config, tui: first.tui, model: first.model, task, category: first.category, runs, scored, ...summariseRuns(scored) });
    }
    index.set(config, units);
  }
  return index;
}

/**
 * True when a unit counts as a pass for head-to-head comparison: at least
 * half its scored runs passed (for a single run, that run's outcome).
 *
 * @example
 * isUnitPassed({ passes: 1, scored: [r1, r2] }); // true (1 of 2)
 */
export function isUnitPassed(unit: Pick<ConfigTaskUnit, 'passes' | 'scored'>): boolean {
  return unit.scored.length > 0 && unit.passes / unit.scored.length >= 0.5;
}
