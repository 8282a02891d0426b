import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { LoadedSweep } from '../../src/ingest/load-sweep.ts';
import { forgetSite, keptSweeps, recordSite } from './kept-sweeps.ts';

const sweep = (id: string): LoadedSweep => ({ id, fingerprint: `sha256:${id}`, dir: `/x/${id}`, manifest: { sweep_id: id }, cells: [], recordsFound: 0 });

it('keeps a recorded sweep folder only while it is the same folder under the same key', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-sweeps-'));
  const cache = path.join(tmp, 'cache');
  const site = path.join(tmp, 'site');
  const [a, b, c] = [sweep('a'), sweep('b'), sweep('c')];
  for (const s of [a, b]) fs.mkdirSync(path.join(site, 'sweeps', s.id), { recursive: true });
  const keys = new Map([[a, 'ka'], [b, 'kb'], [c, 'kc']]);
  const all = new Set([a, b, c]);
  expect(keptSweeps(cache, site, keys, all)).toEqual(new Set()); // nothing recorded yet
  recordSite(cache, site, keys); // c has no folder: not recorded
  expect(keptSweeps(cache, site, keys, all)).toEqual(new Set([a, b]));
  expect(keptSweeps(cache, site, keys, new Set([a]))).toEqual(new Set([a])); // only candidates
  expect(keptSweeps(cache, site, new Map([[a, 'changed'], [b, 'kb']]), all)).toEqual(new Set([b]));
  expect(keptSweeps(cache, path.join(tmp, 'other-site'), keys, all)).toEqual(new Set());
  // A folder made again under the same name is another folder: it may hold anything.
  fs.rmSync(path.join(site, 'sweeps', 'a'), { recursive: true });
  fs.mkdirSync(path.join(site, 'sweeps', 'a-new'));
  fs.mkdirSync(path.join(site, 'sweeps', 'a'));
  expect(keptSweeps(cache, site, keys, all)).toEqual(new Set([b]));
  forgetSite(cache, site);
  expect(keptSweeps(cache, site, keys, all)).toEqual(new Set());
  fs.rmSync(tmp, { recursive: true, force: true });
});
