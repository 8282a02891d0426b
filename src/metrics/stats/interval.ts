/**
 * A point estimate with a confidence interval, all in the same unit as the
 * statistic (e.g. a pass rate in [0, 1], or a difference of pass rates).
 *
 * @example
 * const i: Interval = { estimate: 0.8, low: 0.4902, high: 0.9433 };
 */
export interface Interval {
  /** Point estimate computed on the full (not resampled) data. */
  estimate: number;
  /** Lower bound of the interval. */
  low: number;
  /** Upper bound of the interval. */
  high: number;
}
