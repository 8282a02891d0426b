import fs from 'node:fs';
import path from 'node:path';
import type { SiteArchive } from '../../../src/data/archive.ts';
import { aliasHtml } from '../../../src/data/alias-page.ts';
import { writeOutput } from './write-file.ts';

/** Writes every `/cell/…/` alias from its permanent page, after cached sweeps are restored. Returns the count. */
export function writeCellAliases(archive: SiteArchive, outDir: string): number {
  for (const [alias, entry] of archive.aliases) {
    const page = fs.readFileSync(path.join(outDir, ...entry.path.split('/').filter((s) => s !== ''), 'index.html'), 'utf8');
    writeOutput(outDir, `${alias}index.html`, aliasHtml(page, entry));
  }
  return archive.aliases.size;
}
