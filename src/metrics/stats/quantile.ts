/**
 * Order statistics and means. Empty input yields `null`, never NaN, so a
 * missing statistic cannot silently propagate into a report as "NaN".
 */

function assertFinite(values: readonly number[], what: string): void {
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`${what}: values must be finite, got ${v}`);
  }
}

function assertProbability(q: number): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
}

/**
 * Quantile of values that are ALREADY sorted ascending (not re-checked), by
 * linear interpolation between closest ranks: Hyndman & Fan type 7, the
 * default of R `quantile()` and numpy `percentile()`. With h = (n - 1)·q,
 * the result is x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]).
 *
 * @param sorted ascending, finite numbers.
 * @param q probability in [0, 1].
 * @returns the q-quantile in the values' unit, or null for empty input.
 * @example
 * quantileSorted([1, 2, 3, 4], 0.9); // 3.7
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  assertProbability(q);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const x0 = sorted[lo] as number;
  if (lo + 1 >= n) return x0;
  const x1 = sorted[lo + 1] as number;
  return x0 + (h - lo) * (x1 - x0);
}

/**
 * Quantile of values in any order, by linear interpolation (type 7, as R
 * and numpy default; see {@link quantileSorted}). The input is not mutated.
 *
 * @param values finite numbers, any order.
 * @param q probability in [0, 1].
 * @returns the q-quantile in the values' unit, or null for empty input.
 * @example
 * quantile([4, 1, 3, 2], 0.5); // 2.5
 */
export function quantile(values: readonly number[], q: number): number | null {
  assertFinite(values, 'quantile');
  return quantileSorted([...values].sort((a, b) => a - b), q);
}

/**
 * Median: the type-7 0.5 quantile (mean of the two middle values when the
 * count is even).
 *
 * @example
 * median([3, 1, 2]);    // 2
 * median([1, 2, 3, 4]); // 2.5
 */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/**
 * 90th percentile: the type-7 0.9 quantile, e.g. for tail latency or cost.
 *
 * @example
 * p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]); // 9.1
 */
export function p90(values: readonly number[]): number | null {
  return quantile(values, 0.9);
}

/**
 * Arithmetic mean, in the values' unit; null for empty input.
 *
 * @example
 * mean([1, 2, 6]); // 3
 */
export function mean(values: readonly number[]): number | null {
  assertFinite(values, 'mean');
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
