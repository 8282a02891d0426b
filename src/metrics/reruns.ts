/**
 * Repeated-run metrics over a group's config × task units: pass@k, pass^k
 * and the flake rate. Only units with two or more scored (non-excluded)
 * runs take part; with no such unit there is nothing to report.
 */

import type { ConfigTaskUnit } from './config-task-units.ts';
import { isFlaky, passAtK, passHatK } from './stats/index.ts';

/** Rerun statistics of a group. */
export interface RerunStats {
  /** Runs per unit the estimates use: the smallest scored-run count among units with reruns. */
  k: number;
  /** Units (config × task) with at least two scored runs. */
  units: number;
  /** Mean over those units of the unbiased pass@k (at least one of k runs passes), 0..1. */
  passAtK: number;
  /** Mean over those units of pass^k (all k runs pass), 0..1. */
  passHatK: number;
  /** Units whose runs disagree (some pass, some fail). */
  flakyUnits: number;
  /** flakyUnits / units, 0..1. */
  flakeRate: number;
}

/**
 * pass@k, pass^k and flake rate over units with reruns, k = the smallest
 * number of scored runs among them (so every unit supports it; in a sweep
 * with n runs per cell, k = n). Each unit's n and c are its scored runs and
 * passing runs.
 *
 * @returns null when no unit has two or more scored runs.
 * @example
 * // one unit with runs pass, fail, pass: k = 3, pass@3 = 1, pass^3 = 0, flake rate 1
 * rerunStats([unit]); // { k: 3, units: 1, passAtK: 1, passHatK: 0, flakyUnits: 1, flakeRate: 1 }
 */
export function rerunStats(units: Iterable<Pick<ConfigTaskUnit, 'scored' | 'passes'>>): RerunStats | null {
  const withReruns = [...units].filter((u) => u.scored.length >= 2);
  if (withReruns.length === 0) return null;
  const k = withReruns.reduce((min, u) => Math.min(min, u.scored.length), Infinity);
  let atK = 0;
  let hatK = 0;
  let flaky = 0;
  for (const u of withReruns) {
    atK += passAtK(u.scored.length, u.passes, k);
    hatK += passHatK(u.scored.length, u.passes, k);
    if (isFlaky(u.scored.map((r) => r.outcome === 'pass'))) flaky++;
  }
  const n = withReruns.length;
  return { k, units: n, passAtK: atK / n, passHatK: hatK / n, flakyUnits: flaky, flakeRate: flaky / n };
}
