import fs from 'node:fs';
import path from 'node:path';
import type { CellEntry, SiteArchive } from '../../../src/data/archive.ts';
import { aliasHtml } from '../../../src/data/alias-page.ts';
import { writeOutput } from './write-file.ts';

/** Writes the `/cell/…/` aliases whose cells pass `only`, from their permanent pages (which must be in place). Returns the count. */
export function writeCellAliases(archive: SiteArchive, outDir: string, only: (entry: CellEntry) => boolean = () => true): number {
  let count = 0;
  for (const [alias, entry] of archive.aliases) {
    if (!only(entry)) continue;
    count++;
    const page = fs.readFileSync(path.join(outDir, ...entry.path.split('/').filter((s) => s !== ''), 'index.html'), 'utf8');
    writeOutput(outDir, `${alias}index.html`, aliasHtml(page, entry));
  }
  return count;
}
