import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { slugSegment } from '../../../src/urls/slug.ts';
import { compareStrings } from '../../../src/util/compare-strings.ts';

/**
 * A unit is one sweep's whole output (pages, records, downloads, badges, cards, search index,
 * sitemap), made once into a folder of its own and reused whole by every later build whose key
 * is the same. A manifest beside the folder (`<folder>.unit.json`, never published) lists every
 * file with its size and SHA-256; a build checks it before reusing the folder, and makes the
 * sweep again when anything differs.
 */

/** The manifest of the unit in `dir`. */
export function manifestOf(dir: string): string {
  return `${dir}.unit.json`;
}

interface UnitManifest {
  key: string;
  /** Every file under the folder but the manifest: path (with `/`), size, SHA-256. */
  files: UnitFile[];
}

/** The folder name of a sweep's unit under a key: readable, and unique per key. */
export function unitName(sweepId: string, key: string): string {
  return `${slugSegment(sweepId)}-${key.slice(0, 20)}`;
}

/** Every entry under `dir`, as paths with `/`, sorted; throws on anything but folders and regular files. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
      else throw new Error(`${path.join(dir, child)} is not a regular file`);
    }
  };
  walk('');
  return out.sort(compareStrings);
}

const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** Writes the manifest of a finished unit: from now on its files are checked before reuse. */
export function sealUnit(dir: string, key: string): number {
  const files = listFiles(dir).map((rel): UnitFile => {
    const bytes = fs.readFileSync(path.join(dir, rel));
    return [rel, bytes.length, sha256(bytes)];
  });
  const manifest: UnitManifest = { key, files };
  fs.writeFileSync(manifestOf(dir), `${JSON.stringify(manifest)}\n`);
  return files.length;
}

/** One file of a manifest: path under the unit (with `/`), size, SHA-256. */
export type UnitFile = [string, number, string];

/** Why the first of `files` (under `dir`) whose size or digest is not the recorded one differs, with its index; null when none does. */
export function firstChangedFile(dir: string, files: ReadonlyArray<readonly [number, UnitFile]>): [number, string] | null {
  for (const [index, [rel, size, digest]] of files) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).size !== size) return [index, `${rel} changed size`];
    if (sha256(fs.readFileSync(file)) !== digest) return [index, `${rel} changed`];
  }
  return null;
}

// Below this many files a unit is checked in this thread: starting workers would cost more.
const FILES_PER_WORKER = 2_000;

/**
 * `firstChangedFile` over every file, in worker threads: reading and hashing a 20,000-cell
 * sweep's 94,000 files took 6.4 s in one thread, most of it file reads that run side by side.
 */
async function firstChangedFileOf(dir: string, files: readonly UnitFile[]): Promise<string | null> {
  const indexed = files.map((f, i): [number, UnitFile] => [i, f]);
  const workers = Math.min(os.availableParallelism(), Math.floor(files.length / FILES_PER_WORKER));
  if (workers < 2) return firstChangedFile(dir, indexed)?.[1] ?? null;
  const shares = Array.from({ length: workers }, (_, w) => indexed.filter(([i]) => i % workers === w));
  const found = await Promise.all(
    shares.map(
      (share) =>
        new Promise<[number, string] | null>((resolve) => {
          const worker = new Worker(new URL('./unit-check-worker.ts', import.meta.url), { workerData: { dir, files: share } });
          worker.once('message', (m: [number, string] | null) => resolve(m));
          // A file that cannot be read is damage like any other: the unit is made again.
          worker.once('error', (e: Error) => resolve([share[0]?.[0] ?? 0, `it could not be checked: ${e.message}`]));
          worker.once('exit', (code) => resolve([share[0]?.[0] ?? 0, `it could not be checked (a checking thread stopped with code ${code})`]));
        }),
    ),
  );
  // The first in manifest order, whichever worker found it, so the message is the same on every run.
  const first = found.filter((f): f is [number, string] => f !== null).sort((a, b) => a[0] - b[0])[0];
  return first?.[1] ?? null;
}

/**
 * Whether the unit in `dir` is whole and made under `key`: its manifest reads, names `key`, and
 * lists exactly the files there, each with its recorded size and digest. Null when it is, or why
 * it is not.
 */
export async function unitDamage(dir: string, key: string): Promise<string | null> {
  let manifest: UnitManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestOf(dir), 'utf8')) as UnitManifest;
  } catch {
    return 'its manifest is missing or unreadable';
  }
  if (manifest.key !== key) return 'it was made under another key';
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (e) {
    return (e as Error).message;
  }
  if (files.length !== manifest.files.length || files.some((f, i) => f !== manifest.files[i]?.[0])) return 'its files are not the ones it was sealed with';
  return firstChangedFileOf(dir, manifest.files);
}

/** The files of a sealed unit, as paths under its folder (with `/`) and sizes, from its manifest. */
export function unitFileSizes(dir: string): Array<[string, number]> {
  const manifest = JSON.parse(fs.readFileSync(manifestOf(dir), 'utf8')) as UnitManifest;
  return manifest.files.map(([rel, size]) => [rel, size]);
}
