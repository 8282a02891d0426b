import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import fg from 'fast-glob';
import { loadSweep, type RecordBytes, type SweepLoad } from '../../src/ingest/load-sweep.ts';
import { compareStrings } from '../../src/util/compare-strings.ts';

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

/** The first line of a stored read: a format tag, the digest of the rest of the file and of its records file. */
const HEADER = /^sweepsite-read 1 ([0-9a-f]{64}) ([0-9a-f]{64})\n/;

const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** Reads are named by code version first, so those of other versions can be found and removed. */
function prefixOf(code: string): string {
  return `${code.slice(0, 16)}-`;
}

/** One stored read: the validated, lightened sweep and every problem (`.v8`), and its records' bytes (`.records`). */
export interface StoredRead {
  /** The read, with a header holding the digests of both files. */
  file: string;
  records: string;
}

/**
 * A stored read, taken only when both its files are whole: their digests match the header.
 * A damaged or partial read is removed, never used.
 */
export function takeStoredRead(stored: StoredRead): SweepLoad | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(stored.file);
  } catch {
    return null;
  }
  const header = HEADER.exec(bytes.subarray(0, 160).toString('latin1'));
  const payload = bytes.subarray(header?.[0].length ?? 0);
  const whole = header !== null && sha256(payload) === header[1] && fs.existsSync(stored.records) && sha256(fs.readFileSync(stored.records)) === header[2];
  if (!whole) {
    for (const f of [stored.file, stored.records]) fs.rmSync(f, { force: true });
    return null;
  }
  return v8.deserialize(payload) as SweepLoad;
}

/**
 * Reads a sweep folder once, validating every record, and keeps what it read: the read itself and
 * the validated bytes of every record, which pages and `cell.json` are made from. Written under
 * temporary names and renamed, records first, so a stopped build leaves no read that looks whole.
 */
function readAndStore(sweepDir: string, stored: StoredRead): SweepLoad {
  const tmpRecords = `${stored.records}.tmp-${process.pid}`;
  const fd = fs.openSync(tmpRecords, 'w');
  const recordsHash = crypto.createHash('sha256');
  let offset = 0;
  let load: SweepLoad;
  try {
    load = loadSweep(sweepDir, (bytes): RecordBytes => {
      fs.writeSync(fd, bytes);
      recordsHash.update(bytes);
      const at = { file: stored.records, offset, length: bytes.length };
      offset += bytes.length;
      return at;
    });
  } finally {
    fs.closeSync(fd);
  }
  const payload = v8.serialize(load);
  const tmpRead = `${stored.file}.tmp-${process.pid}`;
  fs.writeFileSync(tmpRead, Buffer.concat([Buffer.from(`sweepsite-read 1 ${sha256(payload)} ${recordsHash.digest('hex')}\n`, 'latin1'), payload]));
  fs.renameSync(tmpRecords, stored.records);
  fs.renameSync(tmpRead, stored.file);
  return load;
}

/** Where the read of a sweep folder, as it is now, is kept. */
export function storedReadOf(cacheRoot: string, code: string, sweepDir: string): StoredRead {
  const base = path.join(cacheRoot, 'reads', `${prefixOf(code)}${sweepReadKey(sweepDir, code)}`);
  return { file: `${base}.v8`, records: `${base}.records` };
}

/**
 * A sweep reader that keeps each read under `cacheRoot/reads/` and, with `reuse`, takes it back
 * while the folder is unchanged and the stored read is whole: reading and validating 20,000
 * records takes about 8 s, taking them back about half a second. `stored` names the stored read
 * of every folder read, for the render processes to take the same reads.
 */
export function storingSweepReader(cacheRoot: string, code: string, reuse: boolean): { read: (sweepDir: string) => SweepLoad; stored: Map<string, StoredRead> } {
  const stored = new Map<string, StoredRead>();
  fs.mkdirSync(path.join(cacheRoot, 'reads'), { recursive: true });
  return {
    stored,
    read(sweepDir) {
      const where = storedReadOf(cacheRoot, code, sweepDir);
      stored.set(sweepDir, where);
      return (reuse ? takeStoredRead(where) : null) ?? readAndStore(sweepDir, where);
    },
  };
}

/** Removes the reads kept by other code versions, and pieces a stopped build left; returns how many reads. */
export function pruneReadStore(cacheRoot: string, code: string): number {
  const dir = path.join(cacheRoot, 'reads');
  if (!fs.existsSync(dir)) return 0;
  const names = fs.readdirSync(dir);
  for (const name of names.filter((n) => /\.tmp-\d+$/.test(n))) fs.rmSync(path.join(dir, name), { force: true });
  const stale = names.filter((name) => /\.(v8|records)$/.test(name) && !name.startsWith(prefixOf(code)));
  for (const name of stale) fs.rmSync(path.join(dir, name), { force: true });
  return stale.filter((n) => n.endsWith('.v8')).length;
}

/**
 * Removes the kept read of a sweep folder as it is now, so the next build reads it again. The
 * bench uses it: a sweep a maintainer adds has never been read. Returns whether there was one.
 */
export function forgetSweepRead(cacheRoot: string, code: string, sweepDir: string): boolean {
  const where = storedReadOf(cacheRoot, code, sweepDir);
  if (!fs.existsSync(where.file)) return false;
  for (const f of [where.file, where.records]) fs.rmSync(f, { force: true });
  return true;
}
