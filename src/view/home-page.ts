import type { SiteArchive } from '../data/archive.ts';
import { buildLeaderboard, type LeaderboardView } from './leaderboard.ts';
import { summariseSweep, type SweepSummary } from './sweep-summary.ts';
import { buildSweepsIndex, type SweepIndexRow } from './sweeps-index.ts';
import { sweepHeadline } from './sweep-page.ts';

/** The archive home: the newest sweep's headline and top of its leaderboard, then every sweep. */
export interface HomePage {
  newest: { summary: SweepSummary; headline: string; top: LeaderboardView; more: number } | null;
  sweeps: SweepIndexRow[];
}

/** How many leaderboard rows the home page shows before linking to the full table. */
const TOP_ROWS = 10;

/** Builds the home page from the archive. */
export function buildHomePage(archive: SiteArchive): HomePage {
  const newest = archive.newest;
  if (newest === undefined) return { newest: null, sweeps: buildSweepsIndex(archive.sweeps) };
  const top = buildLeaderboard(newest, { limit: TOP_ROWS });
  const summary = summariseSweep(newest);
  return {
    newest: { summary, headline: sweepHeadline(newest), top, more: Math.max(0, summary.counts.configs - top.rows.length) },
    sweeps: buildSweepsIndex(archive.sweeps),
  };
}
