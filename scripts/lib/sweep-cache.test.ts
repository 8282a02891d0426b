import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedSweep } from '../../src/ingest/load-sweep.ts';
import { cachedAliasPage, findCachedSweeps, forgetCachedSweep, pruneSweepCache, storeSweep, sweepCacheKeys } from './sweep-cache.ts';

const sweep = (id: string, fingerprint: string): LoadedSweep => ({ id, fingerprint, dir: `/x/${id}`, manifest: { sweep_id: id }, cells: [], recordsFound: 0 });

describe('sweepCacheKeys', () => {
  const newer = sweep('b', 'sha256:2');
  const older = sweep('a', 'sha256:1');
  it('keys a sweep by the code and by itself and every older sweep', () => {
    const keys = sweepCacheKeys([newer, older], 'code');
    expect(keys.get(older)).toBe(sweepCacheKeys([older], 'code').get(older));
    expect(keys.get(newer)).not.toBe(sweepCacheKeys([newer], 'code').get(newer));
  });
  it('changes every key when the code changes, and a newer sweep never changes an older key', () => {
    expect(sweepCacheKeys([older], 'code').get(older)).not.toBe(sweepCacheKeys([older], 'other').get(older));
    const changedNewer = sweep('b', 'sha256:3');
    expect(sweepCacheKeys([changedNewer, older], 'code').get(older)).toBe(sweepCacheKeys([newer, older], 'code').get(older));
  });
});

describe('forgetCachedSweep', () => {
  it('removes the cached output of one sweep under any key and leaves the others', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-cache-'));
    const out = path.join(tmp, 'out');
    const a = sweep('a', 'sha256:1');
    const b = sweep('b', 'sha256:2');
    for (const s of [a, b]) {
      fs.mkdirSync(path.join(out, 'sweeps', s.id), { recursive: true });
      fs.writeFileSync(path.join(out, 'sweeps', s.id, 'index.html'), s.id);
    }
    const keys = sweepCacheKeys([b, a], 'code');
    for (const [s, key] of keys) await storeSweep(path.join(tmp, 'cache'), key, 'code', out, s);
    forgetCachedSweep(path.join(tmp, 'cache'), 'b');
    expect(findCachedSweeps(path.join(tmp, 'cache'), keys)).toEqual(new Set([a]));
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('storeSweep with alias pages', () => {
  it('keeps the alias pages that show the sweep beside its output, found again by alias', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-cache-'));
    const out = path.join(tmp, 'out');
    const a = sweep('a', 'sha256:1');
    fs.mkdirSync(path.join(out, 'sweeps', 'a'), { recursive: true });
    fs.writeFileSync(path.join(out, 'sweeps', 'a', 'index.html'), 'sweep a');
    fs.mkdirSync(path.join(out, 'cell', 't', 'v', 'm', 'c', 'k'), { recursive: true });
    fs.writeFileSync(path.join(out, 'cell', 't', 'v', 'm', 'c', 'k', 'index.html'), 'alias of a');
    const key = sweepCacheKeys([a], 'code').get(a) ?? '';
    const cache = path.join(tmp, 'cache');
    await storeSweep(cache, key, 'code', out, a, ['/cell/t/v/m/c/k/']);
    const kept = cachedAliasPage(cache, key, '/cell/t/v/m/c/k/');
    expect(kept === null ? null : fs.readFileSync(kept, 'utf8')).toBe('alias of a');
    expect(cachedAliasPage(cache, key, '/cell/t/v/m/c/other/')).toBeNull();
    expect(cachedAliasPage(cache, 'another-key', '/cell/t/v/m/c/k/')).toBeNull();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('pruneSweepCache', () => {
  it('removes entries of other code versions and stores left by stopped builds, and keeps the rest', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-cache-'));
    const out = path.join(tmp, 'out');
    const cache = path.join(tmp, 'cache');
    const a = sweep('a', 'sha256:1');
    fs.mkdirSync(path.join(out, 'sweeps', 'a'), { recursive: true });
    fs.writeFileSync(path.join(out, 'sweeps', 'a', 'index.html'), 'a');
    const current = sweepCacheKeys([a], 'new').get(a) ?? '';
    const old = sweepCacheKeys([a], 'old').get(a) ?? '';
    await storeSweep(cache, current, 'new', out, a);
    await storeSweep(cache, old, 'old', out, a);
    const sweeps = path.join(cache, 'sweeps');
    // An entry from before entries named their code, a store cut short, and one still being written.
    fs.mkdirSync(path.join(sweeps, 'unversioned'));
    fs.mkdirSync(path.join(sweeps, `${current}.tmp-999999999`));
    fs.mkdirSync(path.join(sweeps, `${current}.tmp-${process.pid}`));
    expect(pruneSweepCache(cache, 'new').sort()).toEqual([old, 'unversioned', `${current}.tmp-999999999`].sort());
    expect(findCachedSweeps(cache, new Map([[a, current]]))).toEqual(new Set([a]));
    expect(findCachedSweeps(cache, new Map([[a, old]]))).toEqual(new Set());
    expect(fs.readdirSync(sweeps).filter((n) => !n.includes('.old-')).sort()).toEqual([current, `${current}.tmp-${process.pid}`].sort());
    expect(pruneSweepCache(cache, 'new')).toEqual([]);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
