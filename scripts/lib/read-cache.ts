import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import fg from 'fast-glob';
import { loadSweep, type SweepLoad } from '../../src/ingest/load-sweep.ts';
import { compareStrings } from '../../src/util/compare-strings.ts';
import { replaceFile } from './artifacts/write-file.ts';

/**
 * The key of one read of a sweep folder: the site's code, where the folder and the working folder
 * are (records keep absolute paths, problems name paths relative to the working folder), and the
 * path, size, modification time and kind of every entry in it. Published sweeps never change, so
 * a folder whose entries all look the same is read the same; `--no-cache` reads everything again.
 */
export function sweepReadKey(sweepDir: string, code: string): string {
  const hash = crypto.createHash('sha256').update(`${code}\0${path.resolve(sweepDir)}\0${process.cwd()}\0`);
  const entries = fg.sync('**', { cwd: sweepDir, dot: true, onlyFiles: false, followSymbolicLinks: false, stats: true, markDirectories: true });
  entries.sort((a, b) => compareStrings(a.path, b.path));
  for (const e of entries) hash.update(`${e.path}\0${e.stats?.size ?? -1}\0${e.stats?.mtimeMs ?? -1}\0${e.dirent.isSymbolicLink() ? 'l' : e.dirent.isDirectory() ? 'd' : 'f'}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** Reads are named by code version first, so those of other versions can be found and removed. */
function readFilePrefix(code: string): string {
  return `${code.slice(0, 16)}-`;
}

/** Removes the reads kept by other code versions, which no build of this code can use; returns how many. */
export function pruneReadCache(cacheRoot: string, code: string): number {
  const dir = path.join(cacheRoot, 'reads');
  if (!fs.existsSync(dir)) return 0;
  const stale = fs.readdirSync(dir).filter((name) => name.endsWith('.v8') && !name.startsWith(readFilePrefix(code)));
  for (const name of stale) fs.rmSync(path.join(dir, name), { force: true });
  return stale.length;
}

/** Where the read of a sweep folder, as it is now, is kept. */
function keptReadFile(cacheRoot: string, code: string, sweepDir: string): string {
  return path.join(cacheRoot, 'reads', `${readFilePrefix(code)}${sweepReadKey(sweepDir, code)}.v8`);
}

/**
 * Removes the kept read of a sweep folder as it is now, so the next build reads it again. The
 * bench uses it: a sweep a maintainer adds has never been read, and timing a build that took it
 * from the cache would flatter the incremental figures. Returns whether there was one.
 */
export function forgetSweepRead(cacheRoot: string, code: string, sweepDir: string): boolean {
  const file = keptReadFile(cacheRoot, code, sweepDir);
  if (!fs.existsSync(file)) return false;
  fs.rmSync(file);
  return true;
}

/**
 * A sweep reader that keeps each read (the validated, lightened cells and every problem) under
 * `cacheRoot/reads/` and reuses it while the folder is unchanged: reading and validating 20,000
 * records takes about 8 s, taking them back about half a second.
 */
export function cachedSweepReader(cacheRoot: string, code: string): (sweepDir: string) => SweepLoad {
  return (sweepDir) => {
    const file = keptReadFile(cacheRoot, code, sweepDir);
    if (fs.existsSync(file)) return v8.deserialize(fs.readFileSync(file)) as SweepLoad;
    const load = loadSweep(sweepDir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    replaceFile(file, v8.serialize(load));
    return load;
  };
}
