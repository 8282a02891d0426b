import fs from 'node:fs';
import path from 'node:path';
import { linkOrCopy } from '../link-tree.ts';
import { fileOf } from '../postprocess/site-files.ts';

/** Writes a file under the output folder, creating folders; `urlPath` is the site path, e.g. `/a/b.json`. */
export function writeOutput(outDir: string, urlPath: string, content: string | Buffer): void {
  const file = fileOf(outDir, urlPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** Puts `source` at a site path under the output folder with `linkOrCopy`, creating folders: `writeOutput` for bytes already on disk. */
export function linkOutput(outDir: string, urlPath: string, source: string): void {
  const file = fileOf(outDir, urlPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  linkOrCopy(source, file);
}

/**
 * Writes a file through a temporary one renamed over it, never in place: a reader never sees it
 * half-written, and a file that is a hard link shared with the build cache keeps its old bytes.
 */
export function replaceFile(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
