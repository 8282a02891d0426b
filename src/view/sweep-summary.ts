import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { sweepStartKey } from '../ingest/load-archive.ts';
import { sweepPath, leaderboardCsvPath } from '../urls/routes.ts';
import { metricsOf } from '../data/metrics.ts';

/** What the archive lists about a sweep: names, dates, counts and provenance. */
export interface SweepSummary {
  id: string;
  title: string;
  href: string;
  status: 'complete' | 'partial' | 'running';
  started: string | undefined;
  snapshotDate: string | undefined;
  harness: string | undefined;
  methodologyVersion: string | undefined;
  fingerprint: string;
  counts: { cells: number; configs: number; tuis: number; models: number; tasks: number; categories: number };
  leaderboardCsv: string;
}

/** Summarises a sweep for lists and headers. */
export function summariseSweep(sweep: LoadedSweep): SweepSummary {
  const m = metricsOf(sweep);
  const h = sweep.manifest.harness;
  const started = sweepStartKey(sweep);
  return {
    id: sweep.id,
    title: sweep.manifest.title ?? sweep.id,
    href: sweepPath(sweep.id),
    status: sweep.manifest.status ?? 'complete',
    started: started === '' ? undefined : started.slice(0, 10),
    snapshotDate: sweep.manifest.snapshot_date,
    harness: h === undefined ? undefined : `${h.name} ${h.version}${h.commit === undefined ? '' : ` (${h.commit.slice(0, 12)})`}`,
    methodologyVersion: sweep.manifest.methodology_version,
    fingerprint: sweep.fingerprint,
    counts: { cells: sweep.cells.length, configs: m.configs.length, tuis: m.byTui.size, models: m.byModel.size, tasks: m.byTask.size, categories: m.byCategory.size },
    leaderboardCsv: leaderboardCsvPath(sweep.id),
  };
}
