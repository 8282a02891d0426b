import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

/**
 * A hash of the names and bytes of the files under `root` matching `patterns` (tests and
 * snapshots left out), after `seed`: what a cache keyed by it must be rebuilt for.
 */
export function hashFiles(root: string, patterns: readonly string[], seed = ''): string {
  const hash = crypto.createHash('sha256').update(seed);
  const files = fg.sync([...patterns], { cwd: root, onlyFiles: true, dot: false, ignore: ['**/*.test.ts', '**/__snapshots__/**'] }).sort();
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}
