import type { CellEntry, SiteArchive } from '../data/archive.ts';
import { metricsOf } from '../data/metrics.ts';

/** The sweep-normalised composite of a cell; one seam, so pages never compute scores themselves. */
export function cellScoreOf(_archive: SiteArchive, entry: CellEntry): number | null {
  return metricsOf(entry.sweep).cellScores.get(entry.loaded.cell.cell_id)?.composite ?? null;
}

/** A cell's outcome as the sweep's metrics classify it (`pass`, `fail`, `timeout`, …), `unscored` when they have none. */
export function cellOutcomeOf(entry: CellEntry): string {
  return metricsOf(entry.sweep).cellScores.get(entry.loaded.cell.cell_id)?.outcome ?? 'unscored';
}
