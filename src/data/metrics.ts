import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import { computeSweepMetrics, type SweepMetrics } from '../metrics/sweep-metrics.ts';

const bySweep = new WeakMap<LoadedSweep, SweepMetrics>();
const knownConfigs = new Map<string, readonly ConfigAggregate[]>();

/**
 * Ranked configs the build process already computed, by sweep id (sweeps taken from the build
 * cache, whose configs the archive-wide pages still show): `metricsOf` takes them instead of
 * ranking those configs again in every render process.
 */
export function useKnownConfigs(configs: ReadonlyMap<string, readonly ConfigAggregate[]>): void {
  for (const [id, list] of configs) knownConfigs.set(id, list);
}

/** A sweep's metrics, computed once per build on first use. */
export function metricsOf(sweep: LoadedSweep): SweepMetrics {
  let m = bySweep.get(sweep);
  if (m === undefined) {
    m = computeSweepMetrics(sweep, knownConfigs.get(sweep.id));
    bySweep.set(sweep, m);
  }
  return m;
}
