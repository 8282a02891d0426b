import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadSweep } from '../../src/ingest/load-sweep.ts';
import { cachedSweepReader, forgetSweepRead, pruneReadCache, sweepReadKey } from './read-cache.ts';
import { SEED_SWEEP_DIR } from '../../tests/helpers/fixtures.ts';

const SEED = SEED_SWEEP_DIR;

it('reuses a read of an unchanged sweep folder and reads a changed one again', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-cache-'));
  const sweep = path.join(tmp, 'free-20260527');
  fs.cpSync(SEED, sweep, { recursive: true });
  const cache = path.join(tmp, 'cache');
  const read = cachedSweepReader(cache, 'code-1');
  const first = read(sweep);
  expect(first).toEqual(loadSweep(sweep));
  expect(fs.readdirSync(path.join(cache, 'reads'))).toHaveLength(1);
  expect(read(sweep)).toEqual(first);
  expect(fs.readdirSync(path.join(cache, 'reads'))).toHaveLength(1);

  const key = sweepReadKey(sweep, 'code-1');
  expect(sweepReadKey(sweep, 'code-2')).not.toBe(key);
  // Any change to the folder's entries gives a new key: a new file, or an edited one.
  fs.writeFileSync(path.join(sweep, 'notes.txt'), 'x');
  const withNote = sweepReadKey(sweep, 'code-1');
  expect(withNote).not.toBe(key);
  const manifest = path.join(sweep, 'sweep.json');
  fs.writeFileSync(manifest, `${fs.readFileSync(manifest, 'utf8')} `);
  expect(sweepReadKey(sweep, 'code-1')).not.toBe(withNote);
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('removes the reads of other code versions and keeps this version\'s', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-cache-'));
  const cache = path.join(tmp, 'cache');
  const codeA = 'a'.repeat(64);
  const codeB = 'b'.repeat(64);
  cachedSweepReader(cache, codeA)(SEED);
  cachedSweepReader(cache, codeB)(SEED);
  fs.writeFileSync(path.join(cache, 'reads', 'unversioned.v8'), '');
  expect(pruneReadCache(cache, codeB)).toBe(2);
  const left = fs.readdirSync(path.join(cache, 'reads'));
  expect(left).toHaveLength(1);
  expect(left[0]?.startsWith('b'.repeat(16))).toBe(true);
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('forgets the read of one sweep folder and keeps the others', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-cache-'));
  const kept = path.join(tmp, 'kept');
  const forgotten = path.join(tmp, 'forgotten');
  fs.cpSync(SEED, kept, { recursive: true });
  fs.cpSync(SEED, forgotten, { recursive: true });
  const cache = path.join(tmp, 'cache');
  const read = cachedSweepReader(cache, 'code-1');
  read(kept);
  read(forgotten);
  const reads = (): string[] => fs.readdirSync(path.join(cache, 'reads')).sort();
  const before = reads();
  expect(before).toHaveLength(2);
  expect(forgetSweepRead(cache, 'code-1', forgotten)).toBe(true);
  expect(reads()).toEqual([`${'code-1-'.slice(0, 16)}${sweepReadKey(kept, 'code-1')}.v8`]);
  // Forgetting what is not kept is no error.
  expect(forgetSweepRead(cache, 'code-1', forgotten)).toBe(false);
  expect(reads()).toHaveLength(1);
  fs.rmSync(tmp, { recursive: true, force: true });
});
