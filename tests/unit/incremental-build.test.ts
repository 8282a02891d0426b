// A sweep is the unit of build: adding a sweep reuses the unchanged one's sealed folder and makes
// only the new one, and the site served is byte for byte the one a full build makes, whatever
// the number of render processes. Removing a sweep, or building offline in between (twice), too.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { listServedFiles } from '../../scripts/lib/postprocess/site-files.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

function build(archive: string, out: string, cache: string, args: readonly string[] = [], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['scripts/build.ts', ...args], { env: { ...process.env, SWEEPS_DIR: archive, OUT_DIR: out, SWEEPSITE_CACHE_DIR: cache, ...env }, encoding: 'utf8' });
}

/** Every file the site serves (links followed) with its sha256, sorted by path. */
function servedDigest(dir: string): Array<[string, string]> {
  return listServedFiles(dir).map((f) => [f, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]);
}

it('adding a sweep reuses the unchanged one and serves what a full build serves, whatever the number of render processes', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
  const archive = path.join(tmp, 'archive');
  fs.mkdirSync(archive);
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'free-20260527'), path.join(archive, 'free-20260527'), { recursive: true });
  const cache = path.join(tmp, 'cache');
  // OUT_DIR's parent does not exist yet: the build makes it (as on a fresh clone).
  const site = path.join(tmp, 'not-yet', 'site');
  build(archive, site, cache);
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'newmodels-20260620'), path.join(archive, 'newmodels-20260620'), { recursive: true });
  const log = build(archive, site, cache, [], { SWEEPSITE_RENDER_PROCESSES: '3' });
  expect(log).toContain('reusing 1 unchanged sweep, checked against their digests: free-20260527');
  build(archive, path.join(tmp, 'full'), path.join(tmp, 'other-cache'), ['--no-cache'], { SWEEPSITE_RENDER_PROCESSES: '1' });
  const full = servedDigest(path.join(tmp, 'full'));
  expect(servedDigest(site)).toEqual(full);
  expect(build(archive, site, cache)).toContain('reusing 2 unchanged sweeps');
  expect(servedDigest(site)).toEqual(full);

  // Removing the newest sweep: the alias of a cell both sweeps ran now shows the older sweep's.
  const rerun = 'cells/aider/mistralai/mistral-small-4-119b-2603/mutations/rust-error-negated.json';
  const cell = JSON.parse(fs.readFileSync(path.join(archive, 'free-20260527', rerun), 'utf8')) as { cell_id: string; sweep_id: string };
  fs.writeFileSync(path.join(archive, 'newmodels-20260620', 'cells', 'rerun.json'), JSON.stringify({ ...cell, cell_id: cell.cell_id.replace('free-20260527', 'newmodels-20260620'), sweep_id: 'newmodels-20260620' }));
  build(archive, site, cache);
  fs.renameSync(path.join(archive, 'newmodels-20260620'), path.join(tmp, 'newmodels-aside'));
  expect(build(archive, site, cache)).toContain('reusing 1 unchanged sweep');
  build(archive, path.join(tmp, 'full-older'), path.join(tmp, 'other-cache'), ['--no-cache']);
  expect(servedDigest(site)).toEqual(servedDigest(path.join(tmp, 'full-older')));
  fs.renameSync(path.join(tmp, 'newmodels-aside'), path.join(archive, 'newmodels-20260620'));
  fs.rmSync(path.join(archive, 'newmodels-20260620', 'cells', 'rerun.json'));

  // An offline build makes offline units of its own and leaves the plain ones untouched.
  build(archive, site, cache, ['--offline']);
  const offline = servedDigest(site);
  expect(offline).not.toEqual(full);
  // Built again, offline units kept: their pages' classic scripts are still there.
  expect(build(archive, site, cache, ['--offline'])).toContain('reusing 2 unchanged sweeps');
  expect(servedDigest(site)).toEqual(offline);
  build(archive, site, cache);
  expect(servedDigest(site)).toEqual(full);
  fs.rmSync(tmp, { recursive: true, force: true });
}, 300_000);
