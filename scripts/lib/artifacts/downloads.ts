import type { SiteArchive } from '../../../src/data/archive.ts';
import { metricsOf } from '../../../src/data/metrics.ts';
import { toCsv } from '../../../src/metrics/csv.ts';
import { sweepPath } from '../../../src/urls/routes.ts';
import { writeOutput } from './write-file.ts';

/** Writes each sweep's leaderboard and per-cell tables as CSV and JSON. Returns the file count. */
export function writeDownloads(archive: SiteArchive, outDir: string): number {
  let files = 0;
  for (const sweep of archive.sweeps) {
    const m = metricsOf(sweep);
    const base = sweepPath(sweep.id);
    const leaderboard = m.leaderboardRows();
    const cells = m.cellRows();
    writeOutput(outDir, `${base}leaderboard.csv`, toCsv(leaderboard));
    writeOutput(outDir, `${base}leaderboard.json`, `${JSON.stringify({ sweep_id: sweep.id, fingerprint: sweep.fingerprint, rows: leaderboard }, null, 1)}\n`);
    writeOutput(outDir, `${base}cells.csv`, toCsv(cells));
    writeOutput(outDir, `${base}cells.json`, `${JSON.stringify({ sweep_id: sweep.id, fingerprint: sweep.fingerprint, rows: cells })}\n`);
    writeOutput(outDir, `${base}fingerprint.txt`, `${sweep.fingerprint}  ${sweep.id}\n`);
    files += 5;
  }
  return files;
}
