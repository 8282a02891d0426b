import fs from 'node:fs';
import type { CellEntry, SiteArchive } from '../../../src/data/archive.ts';
import { aliasHtml } from '../../../src/data/alias-page.ts';
import { linkOutput, writeOutput } from './write-file.ts';
import { fileOf } from '../postprocess/site-files.ts';
import { createTurnTaker } from '../event-loop-turns.ts';

/**
 * Writes the `/cell/…/` aliases whose cells pass `only`, from their permanent pages (the file
 * `pageOf` names, by default under `outDir`, which must be in place), or as a link to the same
 * page kept by the build cache when `cached` has it. Returns how many were written, and how many
 * of those were linked from the cache.
 */
export async function writeCellAliases(
  archive: SiteArchive,
  outDir: string,
  only: (entry: CellEntry) => boolean = () => true,
  cached: (alias: string, entry: CellEntry) => string | null = () => null,
  pageOf: (entry: CellEntry) => string = (entry) => fileOf(outDir, `${entry.path}index.html`),
): Promise<{ count: number; linked: number }> {
  const turn = createTurnTaker();
  let count = 0;
  let linked = 0;
  for (const [alias, entry] of archive.aliases) {
    if (!only(entry)) continue;
    count++;
    await turn();
    const kept = cached(alias, entry);
    if (kept !== null) {
      linkOutput(outDir, `${alias}index.html`, kept);
      linked++;
      continue;
    }
    const page = fs.readFileSync(pageOf(entry), 'utf8');
    writeOutput(outDir, `${alias}index.html`, aliasHtml(page, entry));
  }
  return { count, linked };
}
