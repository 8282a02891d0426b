import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadedSweep } from '../../src/ingest/load-sweep.ts';
import { replaceFile } from './artifacts/write-file.ts';
import { sweepOutputDir } from './sweep-cache.ts';

/**
 * Which sweep folders a finished site holds, and the cache key each was built under. A folder is
 * named by its file system identity too: a folder made again, copied or restored from a backup
 * has another, and is not trusted.
 */
interface SiteRecord {
  site: string;
  sweeps: Array<{ id: string; key: string; dev: number; ino: number }>;
}

function recordFile(cacheRoot: string, site: string): string {
  return path.join(cacheRoot, 'sites', `${crypto.createHash('sha256').update(site).digest('hex').slice(0, 16)}.json`);
}

function identityOf(dir: string): { dev: number; ino: number } | null {
  try {
    const s = fs.statSync(dir);
    return s.isDirectory() ? { dev: s.dev, ino: s.ino } : null;
  } catch {
    return null;
  }
}

function readRecord(cacheRoot: string, site: string): SiteRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(recordFile(cacheRoot, site), 'utf8')) as SiteRecord;
    return record.site === site && Array.isArray(record.sweeps) ? record : null;
  } catch {
    return null;
  }
}

/**
 * The sweeps among `candidates` whose folder in the previous build of `site` (OUT_DIR) is still
 * the one that build recorded under the key the sweep has now. Such a folder is the cache entry's
 * output already, hard-linked: the build leaves it where it is and swaps the rest of the site
 * around it, instead of linking tens of thousands of files from the cache again.
 */
export function keptSweeps(cacheRoot: string, site: string, keys: ReadonlyMap<LoadedSweep, string>, candidates: ReadonlySet<LoadedSweep>): Set<LoadedSweep> {
  const record = readRecord(cacheRoot, site);
  if (record === null) return new Set();
  const kept = new Set<LoadedSweep>();
  for (const sweep of candidates) {
    const entry = record.sweeps.find((s) => s.id === sweep.id);
    const now = identityOf(sweepOutputDir(site, sweep));
    if (entry !== undefined && now !== null && entry.key === keys.get(sweep) && entry.dev === now.dev && entry.ino === now.ino) kept.add(sweep);
  }
  return kept;
}

/** Forgets what `site` holds: done before the site changes, so a build stopped halfway leaves no record to trust. */
export function forgetSite(cacheRoot: string, site: string): void {
  fs.rmSync(recordFile(cacheRoot, site), { force: true });
}

/**
 * Records the sweep folders of the site just swapped into `site`, each with its cache key. Only a
 * site whose sweep folders hold exactly what the cache holds may be recorded: not one rewritten
 * for offline use or given precompressed siblings.
 */
export function recordSite(cacheRoot: string, site: string, keys: ReadonlyMap<LoadedSweep, string>): void {
  const sweeps: SiteRecord['sweeps'] = [];
  for (const [sweep, key] of keys) {
    const identity = identityOf(sweepOutputDir(site, sweep));
    if (identity !== null) sweeps.push({ id: sweep.id, key, ...identity });
  }
  const file = recordFile(cacheRoot, site);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  replaceFile(file, `${JSON.stringify({ site, sweeps } satisfies SiteRecord, null, 2)}\n`);
}
