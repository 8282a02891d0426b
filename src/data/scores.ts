import type { CellEntry, SiteArchive } from './archive.ts';
import { metricsOf } from './metrics.ts';

/** The sweep-normalised composite of a cell; one seam, so pages never compute scores themselves. */
export function cellScoreOf(_archive: SiteArchive, entry: CellEntry): number | null {
  return metricsOf(entry.sweep).cellScores.get(entry.loaded.cell.cell_id)?.composite ?? null;
}
