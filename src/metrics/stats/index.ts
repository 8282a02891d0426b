/**
 * Statistics for sweep reports: seeded randomness, quantiles, Wilson
 * intervals, exact McNemar, percentile bootstrap, rank bands and pass@k.
 * All functions are pure and deterministic for a given seed.
 *
 * @example
 * import { wilsonInterval, rankBands, seedFromString } from './stats/index.ts';
 */

export {
  bootstrapMeanInterval,
  DEFAULT_ITERATIONS,
  DEFAULT_LEVEL,
  pairedBootstrapDifference,
  percentileBounds,
  resolveBootstrapOptions,
} from './bootstrap.ts';
export type { BootstrapOptions } from './bootstrap.ts';
export type { Interval } from './interval.ts';
export { discordantCounts, mcnemarExact } from './mcnemar.ts';
export type { DiscordantCounts } from './mcnemar.ts';
export { midRanks } from './mid-rank.ts';
export { isFlaky, passAtK, passHatK } from './pass-at-k.ts';
export { mean, median, p90, quantile, quantileSorted } from './quantile.ts';
export { createRandom, randomIndex, seedFromString } from './random.ts';
export type { RandomSource } from './random.ts';
export { rankBands } from './rank-bands.ts';
export type { RankBand } from './rank-bands.ts';
export { wilsonInterval, Z_95 } from './wilson.ts';
