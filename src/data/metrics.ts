import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { computeSweepMetrics, type SweepMetrics } from '../metrics/sweep-metrics.ts';

const bySweep = new WeakMap<LoadedSweep, SweepMetrics>();

/** A sweep's metrics, computed once per build on first use. */
export function metricsOf(sweep: LoadedSweep): SweepMetrics {
  let m = bySweep.get(sweep);
  if (m === undefined) {
    m = computeSweepMetrics(sweep);
    bySweep.set(sweep, m);
  }
  return m;
}
