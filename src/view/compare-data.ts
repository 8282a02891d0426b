import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { encodeRuns, type CompareData, type CompareUnit } from './compare-pair.ts';
import { markKindOf } from './outcome-marks.ts';
import { metricsOf } from '../data/metrics.ts';

/** Composites are written to six decimals: exact enough for ties, a third of the size of full floats. */
const DECIMALS = 1e6;

/**
 * The comparison picker's data file: every config's runs and mean
 * composite per task, aligned on the sweep's task order.
 *
 * @example
 * buildCompareData(sweep).units[0]?.[0]; // ['P1', 0.893412]
 */
export function buildCompareData(sweep: LoadedSweep): CompareData {
  const m = metricsOf(sweep);
  const tasks = [...m.taskOrder];
  return {
    v: 1,
    sweepId: sweep.id,
    tasks,
    configs: m.configs.map((c) => ({ tui: c.tui, model: c.model })),
    units: m.configs.map((c) => {
      const byTask = m.units.get(c.key);
      return tasks.map((task): CompareUnit | null => {
        const unit = byTask?.get(task);
        if (unit === undefined) return null;
        const runs = encodeRuns(unit.runs.map((r) => ({ kind: markKindOf(r), attempt: r.attempt })));
        return [runs, unit.composite === null ? null : Math.round(unit.composite * DECIMALS) / DECIMALS];
      });
    }),
  };
}
