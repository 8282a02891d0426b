import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { expect, it } from 'vitest';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';


function build(archive: string, out: string, cache: string, extra: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, SWEEPS_DIR: archive, OUT_DIR: out, SWEEPSITE_CACHE_DIR: cache, ...extra }, encoding: 'utf8' });
}

/** Every file of a tree with its sha256, sorted by path. */
function treeDigest(dir: string): Array<[string, string]> {
  return fg.sync('**/*', { cwd: dir, dot: true }).sort().map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]);
}

it('adding a sweep reuses the unchanged one from the cache, or leaves it in the previous site, and gives the same output as a full build, whatever the number of render processes', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
  const archive = path.join(tmp, 'archive');
  fs.mkdirSync(archive);
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'free-20260527'), path.join(archive, 'free-20260527'), { recursive: true });
  const cache = path.join(tmp, 'cache');
  // OUT_DIR's parent does not exist yet: the build makes it (as on a fresh clone).
  build(archive, path.join(tmp, 'not-yet', 'first'), cache);
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'newmodels-20260620'), path.join(archive, 'newmodels-20260620'), { recursive: true });
  const log = build(archive, path.join(tmp, 'incremental'), cache, { SWEEPSITE_RENDER_PROCESSES: '3' });
  expect(log).toContain('reusing 1 unchanged sweeps from the build cache: free-20260527');
  // The reused sweep's alias pages are linked from the cache, not made again (the same bytes, checked below).
  const aliases = /(\d+) cell aliases of cached sweeps, (\d+) of them kept by the cache/.exec(log);
  expect(Number(aliases?.[1])).toBeGreaterThan(0);
  expect(aliases?.[2]).toBe(aliases?.[1]);
  build(archive, path.join(tmp, 'full'), path.join(tmp, 'other-cache'), { SWEEPSITE_NO_CACHE: '1', SWEEPSITE_RENDER_PROCESSES: '1' });
  const full = treeDigest(path.join(tmp, 'full'));
  expect(treeDigest(path.join(tmp, 'incremental'))).toEqual(full);

  // Built into the previous site's folder, the unchanged sweep's folder stays where it is.
  const first = path.join(tmp, 'not-yet', 'first');
  expect(build(archive, first, cache)).toContain('leaving 1 of them in place');
  expect(treeDigest(first)).toEqual(full);
  expect(build(archive, first, cache)).toContain('leaving 2 of them in place');
  expect(treeDigest(first)).toEqual(full);

  // Reused output is hard-linked from the cache; rewriting pages for offline use must not reach into it.
  const cached = treeDigest(cache);
  build(archive, path.join(tmp, 'offline'), cache, { SWEEPSITE_OFFLINE: '1' });
  expect(treeDigest(cache)).toEqual(cached);
  expect(treeDigest(path.join(tmp, 'offline'))).not.toEqual(full);
  // Removing the newest sweep: the alias of a cell both sweeps ran now shows the kept sweep's,
  // which the cache stored without it (it was not the newest then); it is made from the kept
  // folder's page. The newer sweep ran one of the older one's cells again for this.
  const rerun = 'cells/aider/mistralai/mistral-small-4-119b-2603/mutations/rust-error-negated.json';
  const cell = JSON.parse(fs.readFileSync(path.join(archive, 'free-20260527', rerun), 'utf8')) as { cell_id: string; sweep_id: string };
  fs.writeFileSync(path.join(archive, 'newmodels-20260620', 'cells', 'rerun.json'), JSON.stringify({ ...cell, cell_id: cell.cell_id.replace('free-20260527', 'newmodels-20260620'), sweep_id: 'newmodels-20260620' }));
  fs.rmSync(cache, { recursive: true });
  build(archive, first, cache);
  fs.renameSync(path.join(archive, 'newmodels-20260620'), path.join(tmp, 'newmodels-aside'));
  expect(build(archive, first, cache)).toContain('leaving 1 of them in place');
  build(archive, path.join(tmp, 'full-older'), path.join(tmp, 'other-cache'), { SWEEPSITE_NO_CACHE: '1' });
  expect(treeDigest(first)).toEqual(treeDigest(path.join(tmp, 'full-older')));
  fs.renameSync(path.join(tmp, 'newmodels-aside'), path.join(archive, 'newmodels-20260620'));
  fs.rmSync(path.join(archive, 'newmodels-20260620', 'cells', 'rerun.json'));
  build(archive, first, cache);

  // An offline site's sweep folders are rewritten: built over, none is kept, and the result is as a full build.
  build(archive, first, cache, { SWEEPSITE_OFFLINE: '1' });
  expect(build(archive, first, cache)).not.toContain('in place');
  expect(treeDigest(first)).toEqual(full);
}, 300_000);
