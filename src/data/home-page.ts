import type { SiteArchive } from './archive.ts';
import { buildLeaderboard, type LeaderboardRowView } from './leaderboard.ts';
import { summariseSweep, type SweepSummary } from './sweep-summary.ts';
import { buildSweepsIndex, type SweepIndexRow } from './sweeps-index.ts';
import { sweepHeadline } from './sweep-page.ts';

/** The archive home: the newest sweep's headline and top of its leaderboard, then every sweep. */
export interface HomePage {
  newest: { summary: SweepSummary; headline: string; top: LeaderboardRowView[]; more: number } | null;
  sweeps: SweepIndexRow[];
}

/** How many leaderboard rows the home page shows before linking to the full table. */
const TOP_ROWS = 10;

/** Builds the home page from the archive. */
export function buildHomePage(archive: SiteArchive): HomePage {
  const newest = archive.newest;
  const rows = newest === undefined ? [] : buildLeaderboard(newest);
  return {
    newest: newest === undefined ? null : { summary: summariseSweep(newest), headline: sweepHeadline(newest), top: rows.slice(0, TOP_ROWS), more: Math.max(0, rows.length - TOP_ROWS) },
    sweeps: buildSweepsIndex(archive.sweeps),
  };
}
