import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { formatPercent, formatScore } from '../format/numbers.ts';
import { configPath } from '../urls/routes.ts';
import { metricsOf } from '../data/metrics.ts';
import { summariseSweep, type SweepSummary } from './sweep-summary.ts';

/** One sweep in the archive's index: what it is, how big, and who leads it. */
export interface SweepIndexRow {
  summary: SweepSummary;
  /** The top-ranked config, or null when no config could be scored. */
  leader: { name: string; href: string; passRate: string; score: string } | null;
  /** Cells that ran but could not be scored (infrastructure, harness or incompatible failures). */
  unscored: number;
}

/** Lists the sweeps, newest first (the archive's order), with their headline numbers. */
export function buildSweepsIndex(sweeps: readonly LoadedSweep[]): SweepIndexRow[] {
  return sweeps.map((sweep) => {
    const { configs } = metricsOf(sweep);
    const top = configs.find((c) => c.rank !== null);
    return {
      summary: summariseSweep(sweep),
      leader: top === undefined ? null : {
        name: `${top.tui} × ${top.model}`,
        href: configPath(sweep.id, top.tui, top.model),
        passRate: formatPercent(top.passRate?.estimate ?? null),
        score: formatScore(top.composite?.estimate ?? null),
      },
      unscored: configs.reduce((n, c) => n + c.infraFailures, 0),
    };
  });
}
