import fs from 'node:fs';
import path from 'node:path';

/** Writes a file under the output folder, creating folders; `urlPath` is the site path, e.g. `/a/b.json`. */
export function writeOutput(outDir: string, urlPath: string, content: string | Buffer): void {
  const file = path.join(outDir, ...urlPath.split('/').filter((s) => s !== ''));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
