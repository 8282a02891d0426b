import type { CellEntry, SiteArchive } from './archive.ts';

/**
 * The sweep-normalised composite of a cell, or null until the metrics layer scores it.
 * One seam, so pages never compute scores themselves.
 */
export function cellScoreOf(_archive: SiteArchive, _entry: CellEntry): number | null {
  return null;
}
