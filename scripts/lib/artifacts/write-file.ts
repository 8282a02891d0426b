import fs from 'node:fs';
import path from 'node:path';

/** Writes a file under the output folder, creating folders; `urlPath` is the site path, e.g. `/a/b.json`. */
export function writeOutput(outDir: string, urlPath: string, content: string | Buffer): void {
  const file = path.join(outDir, ...urlPath.split('/').filter((s) => s !== ''));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
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
