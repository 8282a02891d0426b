import type { SiteArchive } from '../../../src/data/archive.ts';
import { readRecordText } from '../../../src/ingest/read-cell.ts';
import { cellJsonPath } from '../../../src/urls/routes.ts';
import { writeOutput } from './write-file.ts';
import { createTurnTaker } from '../event-loop-turns.ts';

/** Writes every cell's record, exactly as read, beside its permanent page. Returns the count. */
export async function writeCellJson(archive: SiteArchive, outDir: string): Promise<number> {
  const turn = createTurnTaker();
  for (const entry of archive.cells) {
    writeOutput(outDir, cellJsonPath(entry.ref), readRecordText(entry.loaded.record));
    await turn();
  }
  return archive.cells.length;
}
