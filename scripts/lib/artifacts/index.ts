import type { SiteArchive } from '../../../src/data/archive.ts';
import type { PhaseLog } from '../phase-log.ts';
import { writeCellJson } from './cell-json.ts';

/** Writes every non-page file of the site: raw cell records, downloads, badges and cards. */
export async function writeArtifacts(archive: SiteArchive, outDir: string, log: PhaseLog): Promise<void> {
  log.note(`${writeCellJson(archive, outDir)} cell.json records`);
}
