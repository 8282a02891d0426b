/**
 * Sweep metrics: pure functions from a loaded sweep to the numbers the site
 * shows. Pages call {@link computeSweepMetrics} once per sweep and look up
 * what they need; the pieces are exported for tests and scripts.
 *
 * @example
 * import { computeSweepMetrics, toCsv } from './index.ts';
 * const metrics = computeSweepMetrics(sweep);
 * const csv = toCsv(metrics.leaderboardRows());
 */

export * from './sweep-input.ts';
export * from './cell-readings.ts';
export * from './cell-outcome.ts';
export * from './normalise.ts';
export * from './config-task-units.ts';
export * from './cell-summary.ts';
export * from './failure-modes.ts';
export * from './reruns.ts';
export * from './aggregate.ts';
export * from './rank.ts';
export * from './compare.ts';
export * from './neighbours.ts';
export * from './rows.ts';
export * from './csv.ts';
export * from './sweep-metrics.ts';
export type { Interval } from './stats/index.ts';
