import type { SiteArchive } from '../../../src/data/archive.ts';
import { readCellText } from '../../../src/ingest/read-cell.ts';
import { cellJsonPath } from '../../../src/urls/routes.ts';
import { writeOutput } from './write-file.ts';

/** Writes every cell's record, exactly as read, beside its permanent page. Returns the count. */
export function writeCellJson(archive: SiteArchive, outDir: string): number {
  for (const entry of archive.cells) writeOutput(outDir, cellJsonPath(entry.ref), readCellText(entry.loaded.source));
  return archive.cells.length;
}
