import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadedSweep } from '../../src/ingest/load-sweep.ts';
import { linkTree } from './link-tree.ts';
import { linkOutput } from './artifacts/write-file.ts';
import { fileOf } from './postprocess/site-files.ts';
import { removeLater } from './remove-later.ts';
import { hashFiles } from './files-hash.ts';
import { sweepPath } from '../../src/urls/routes.ts';

/**
 * A hash of everything that shapes the output besides the data: the site's code, prose, public
 * files, config and locked dependencies, and the site URL. Any change renders every sweep again.
 */
export function codeVersion(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return hashFiles(root, ['src/**', 'scripts/**', 'content/**', 'public/**', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'], env['SITE_URL'] ?? '');
}

/**
 * Cache key of each sweep's own pages: the code version and the fingerprints of the sweep and
 * every older one (a sweep's pages may link to earlier sweeps, never to later ones).
 * `sweeps` is newest first.
 */
export function sweepCacheKeys(sweeps: readonly LoadedSweep[], code: string): Map<LoadedSweep, string> {
  const keys = new Map<LoadedSweep, string>();
  sweeps.forEach((sweep, i) => {
    const hash = crypto.createHash('sha256').update(code).update(sweep.id);
    for (const older of sweeps.slice(i)) hash.update(`\0${older.id}\0${older.fingerprint}`);
    keys.set(sweep, hash.digest('hex').slice(0, 32));
  });
  return keys;
}

/** Where a sweep's cached output folder lives. */
function entryDir(cacheRoot: string, key: string): string {
  return path.join(cacheRoot, 'sweeps', key);
}

/** Sweeps whose output is complete in the cache under their current key. */
export function findCachedSweeps(cacheRoot: string, keys: ReadonlyMap<LoadedSweep, string>): Set<LoadedSweep> {
  return new Set([...keys].filter(([, key]) => fs.existsSync(path.join(entryDir(cacheRoot, key), '.complete'))).map(([sweep]) => sweep));
}

/** The folder of a sweep's own output inside a built site. */
export function sweepOutputDir(outDir: string, sweep: LoadedSweep): string {
  return fileOf(outDir, sweepPath(sweep.id));
}

/**
 * Puts a cached sweep's output into the site being built, as hard links: tens of thousands of
 * pages and images cost one link each, not a copy. Build steps after this write new files and
 * never rewrite one in place, so the cache stays as stored.
 */
export async function restoreSweep(cacheRoot: string, key: string, outDir: string, sweep: LoadedSweep): Promise<void> {
  await linkTree(path.join(entryDir(cacheRoot, key), 'tree'), sweepOutputDir(outDir, sweep));
}

/**
 * The cached alias page (`/cell/…/index.html`) that `alias` had when its sweep was stored under
 * `key`, or null. Which sweep an alias shows can change as sweeps are added, but the page an
 * alias makes of one sweep's cell is fixed by that sweep's cache key, so it can be linked.
 */
export function cachedAliasPage(cacheRoot: string, key: string, alias: string): string | null {
  const file = fileOf(path.join(entryDir(cacheRoot, key), 'aliases'), `${alias}index.html`);
  return fs.existsSync(file) ? file : null;
}

/** Removes every cached output of the sweep `sweepId`, whatever its key, so the next build renders it again (the bench uses this). */
export function forgetCachedSweep(cacheRoot: string, sweepId: string): void {
  const dir = path.join(cacheRoot, 'sweeps');
  if (!fs.existsSync(dir)) return;
  for (const key of fs.readdirSync(dir)) {
    const marker = path.join(entryDir(cacheRoot, key), '.complete');
    if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === sweepId) fs.rmSync(entryDir(cacheRoot, key), { recursive: true, force: true });
  }
}

/**
 * Stores a freshly built sweep's output under its key, with the alias pages (`aliases`, site paths
 * of `/cell/…/` folders) that show its cells; the `.complete` marker is written last, so a
 * half-copied entry is never used.
 */
export async function storeSweep(cacheRoot: string, key: string, code: string, outDir: string, sweep: LoadedSweep, aliases: readonly string[] = []): Promise<void> {
  const dir = entryDir(cacheRoot, key);
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  await linkTree(sweepOutputDir(outDir, sweep), path.join(tmp, 'tree'));
  for (const alias of aliases) linkOutput(path.join(tmp, 'aliases'), `${alias}index.html`, fileOf(outDir, `${alias}index.html`));
  fs.writeFileSync(path.join(tmp, 'code'), `${code}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  fs.writeFileSync(path.join(dir, '.complete'), `${sweep.id}\n`);
}

/** Whether a process (another build storing into the cache) is still running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clears out what no build of this code can use: sweep entries stored by other code versions
 * (each would be a full copy of a sweep's output, gigabytes at 20,000 cells, kept forever) and
 * folders left by a build that stopped while storing (not those of a build still running). The
 * folders move aside at once and are deleted in the background. Returns the entries removed.
 */
export function pruneSweepCache(cacheRoot: string, code: string): string[] {
  const dir = path.join(cacheRoot, 'sweeps');
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.includes('.old-')) continue; // already being deleted
    const codeFile = path.join(dir, name, 'code');
    const tmpOf = /\.tmp-(\d+)$/.exec(name)?.[1];
    const stale = tmpOf !== undefined ? !isRunning(Number(tmpOf)) : !fs.existsSync(codeFile) || fs.readFileSync(codeFile, 'utf8').trim() !== code;
    if (stale) removed.push(name);
  }
  removeLater(removed.map((name) => path.join(dir, name)));
  return removed;
}
