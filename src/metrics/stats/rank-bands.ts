/**
 * Leaderboard ranks with uncertainty: a rank band per config from a paired
 * bootstrap over tasks, and whether each config is statistically tied with
 * the leader. Higher scores are better.
 */

import type { BootstrapOptions } from './bootstrap.ts';
import { percentileBounds, resolveBootstrapOptions } from './bootstrap.ts';
import type { Interval } from './interval.ts';
import { midRanks } from './mid-rank.ts';
import { createRandom, randomIndex } from './random.ts';
import { compareStrings } from '../../util/compare-strings.ts';

/** One config's row of the leaderboard with its uncertainty. */
export interface RankBand {
  /** Config key from the input map. */
  config: string;
  /** Mean of the config's non-null task scores (score unit, e.g. pass rate). */
  estimate: number;
  /** Number of tasks with a non-null score. */
  tasks: number;
  /** Rank by `estimate`, 1 = best; equal estimates ordered by config key. */
  rank: number;
  /** Best plausible rank: floor of the bootstrap (1 - level)/2 rank quantile. */
  rankLow: number;
  /** Worst plausible rank: ceil of the bootstrap 1 - (1 - level)/2 rank quantile. */
  rankHigh: number;
  /** True if the paired interval of (leader − config) reaches 0 (low ≤ 0); true for the leader. */
  tiedWithLeader: boolean;
  /** Paired bootstrap interval of leader − config on tasks both scored; null if none shared. */
  gapToLeader: Interval | null;
}

function validate(scores: ReadonlyMap<string, readonly (number | null)[]>): number {
  let taskCount = -1;
  for (const [key, row] of scores) {
    if (taskCount === -1) taskCount = row.length;
    if (row.length !== taskCount) {
      throw new RangeError(`rankBands: config "${key}" has ${row.length} tasks, expected ${taskCount}`);
    }
    let scored = 0;
    for (const v of row) {
      if (v === null) continue;
      if (!Number.isFinite(v)) throw new RangeError(`rankBands: config "${key}" has non-finite score ${v}`);
      scored++;
    }
    if (scored === 0) throw new RangeError(`rankBands: config "${key}" has no scored tasks`);
  }
  return taskCount;
}

/**
 * Ranks configs by mean task score and attaches bootstrap rank bands.
 *
 * Method (paired percentile bootstrap over tasks, deterministic per seed):
 * 1. Point estimate = mean of each config's non-null scores; rank 1 = highest,
 *    equal means ordered by config key (code-unit order) for stability.
 * 2. Each of `iterations` resamples draws T task indices with replacement
 *    (T = row length), the same indices for every config. A config's
 *    resample mean averages its non-null scores among the drawn tasks (null
 *    = task missing for that config, excluded); a config with no scored
 *    drawn task ranks below all others. Configs are ranked within the
 *    resample with mid-ranks (ties share the average rank, so identical
 *    configs get overlapping bands rather than a name-driven order).
 * 3. rankLow / rankHigh = type-7 quantiles of a config's resample ranks at
 *    (1 - level)/2 and 1 - (1 - level)/2 (2.5% / 97.5% by default), rounded
 *    outward (floor / ceil) and widened if needed to contain `rank`.
 * 4. gapToLeader: in the same resamples, mean of (leader − config) over drawn
 *    tasks both scored (resamples with none are skipped); percentile interval
 *    as in 3. tiedWithLeader = that interval's low ≤ 0 (it contains 0; with
 *    complete rows the gap is ≥ 0, so only missing tasks can put the whole
 *    interval below 0, which also means "not behind the leader"), or the
 *    two configs share no scored task (they cannot be separated).
 *
 * @param scores config key → per-task scores aligned on one task order
 *   (e.g. 0/1 pass, or pass rate over repeats); `null` = missing.
 * @param opts seed (required), iterations (default 2000), level (default 0.95).
 * @returns one band per config, sorted by `rank`; [] for an empty map.
 * @example
 * rankBands(new Map([['a', [1, 1, 1]], ['b', [0, 1, 0]]]), { seed: 1 });
 * // [{ config: 'a', rank: 1, rankLow: 1, rankHigh: 2, tiedWithLeader: true, ... }, ...]
 */
export function rankBands(
  scores: ReadonlyMap<string, readonly (number | null)[]>,
  opts: BootstrapOptions,
): RankBand[] {
  const { seed, iterations, level } = resolveBootstrapOptions(opts);
  if (scores.size === 0) return [];
  const taskCount = validate(scores);
  const keys = [...scores.keys()].sort(compareStrings);
  const rows = keys.map((k) => scores.get(k) as readonly (number | null)[]);
  const estimates = rows.map((row) => {
    const scored = row.filter((v): v is number => v !== null);
    return { sum: scored.reduce((s, v) => s + v, 0), count: scored.length };
  });
  const means = estimates.map((e) => e.sum / e.count);
  // `keys` is sorted, so a stable sort by mean keeps key order among equal means.
  const order = keys.map((_, i) => i).sort((i, j) => (means[j] as number) - (means[i] as number));
  const pointRank = new Array<number>(keys.length);
  order.forEach((configIndex, position) => {
    pointRank[configIndex] = position + 1;
  });
  const leader = order[0] as number;
  const leaderRow = rows[leader] as readonly (number | null)[];

  const rankSamples = keys.map((): number[] => []);
  const gapSamples = keys.map((): number[] => []);
  const next = createRandom(seed);
  const drawn = new Array<number>(taskCount);
  for (let it = 0; it < iterations; it++) {
    for (let j = 0; j < taskCount; j++) drawn[j] = randomIndex(next, taskCount);
    const resampleMeans = rows.map((row, c) => {
      let sum = 0;
      let count = 0;
      let gapSum = 0;
      let gapCount = 0;
      for (const t of drawn) {
        const v = row[t] ?? null;
        if (v === null) continue;
        sum += v;
        count++;
        const l = leaderRow[t] ?? null;
        if (l !== null) {
          gapSum += l - v;
          gapCount++;
        }
      }
      if (gapCount > 0) (gapSamples[c] as number[]).push(gapSum / gapCount);
      return count > 0 ? sum / count : -Infinity;
    });
    midRanks(resampleMeans).forEach((r, c) => (rankSamples[c] as number[]).push(r));
  }

  const bands = keys.map((config, c): RankBand => {
    const rank = pointRank[c] as number;
    const bounds = percentileBounds(rankSamples[c] as number[], level);
    // The epsilon keeps float noise in the interpolation from widening a band by a whole rank.
    const rankLow = Math.min(rank, Math.floor(bounds.low + 1e-9));
    const rankHigh = Math.max(rank, Math.ceil(bounds.high - 1e-9));
    const gapToLeader =
      c === leader ? { estimate: 0, low: 0, high: 0 } : gapInterval(leaderRow, rows[c], gapSamples[c], level);
    const tiedWithLeader = gapToLeader === null || gapToLeader.low <= 0;
    const { count } = estimates[c] as { count: number };
    return { config, estimate: means[c] as number, tasks: count, rank, rankLow, rankHigh, tiedWithLeader, gapToLeader };
  });
  return bands.sort((x, y) => x.rank - y.rank);
}

function gapInterval(
  leaderRow: readonly (number | null)[],
  row: readonly (number | null)[] | undefined,
  samples: number[] | undefined,
  level: number,
): Interval | null {
  if (row === undefined || samples === undefined || samples.length === 0) return null;
  let sum = 0;
  let count = 0;
  leaderRow.forEach((l, t) => {
    const v = row[t] ?? null;
    if (l !== null && v !== null) {
      sum += l - v;
      count++;
    }
  });
  if (count === 0) return null;
  return { estimate: sum / count, ...percentileBounds(samples, level) };
}
