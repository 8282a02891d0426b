// A build killed with SIGKILL at any point, even inside publishing, leaves OUT_DIR one whole
// site (the one before or the new one), stops its helper processes with it, and the next build
// succeeds and publishes the whole new site.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listServedFiles } from '../../scripts/lib/postprocess/site-files.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-faults-'));
const before = path.join(tmp, 'archive-before');
const after = path.join(tmp, 'archive-after');
const out = path.join(tmp, 'site');
const template = path.join(tmp, 'template');
const cache = path.join(tmp, 'cache');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const env = (archive: string, outDir: string, cacheDir = cache): NodeJS.ProcessEnv => ({ ...process.env, SWEEPS_DIR: archive, OUT_DIR: outDir, SWEEPSITE_CACHE_DIR: cacheDir });
const build = (archive: string, outDir: string, args: readonly string[] = [], cacheDir = cache): void => {
  execFileSync(process.execPath, ['scripts/build.ts', ...args], { env: env(archive, outDir, cacheDir), stdio: 'pipe' });
};

/** The site served at `dir` (links followed) as one digest, or null when nothing is served there. */
function served(dir: string): string | null {
  if (!fs.existsSync(dir)) {
    // Say what is there instead, so a failure shows which part of the store is missing.
    const store = `${dir}.sweepsite`;
    const link = fs.existsSync(dir) || fs.lstatSync(dir, { throwIfNoEntry: false }) !== undefined ? fs.readlinkSync(dir) : '(missing)';
    const sites = fs.existsSync(path.join(store, 'sites')) ? fs.readdirSync(path.join(store, 'sites')).join(', ') : '(none)';
    const trash = fs.existsSync(path.join(store, 'trash')) ? fs.readdirSync(path.join(store, 'trash')).join(', ') : '(none)';
    process.stderr.write(`served(${dir}): nothing there; link -> ${link}; sites: ${sites}; trash: ${trash}\n`);
    return null;
  }
  const hash = crypto.createHash('sha256');
  for (const f of listServedFiles(dir)) hash.update(f).update('\0').update(fs.readFileSync(path.join(dir, f))).update('\0');
  return hash.digest('hex');
}

/** Puts the site built from the archive before the new sweep back at `out`, with its store. */
function restore(): void {
  for (const p of [out, `${out}.sweepsite`]) fs.rmSync(p, { recursive: true, force: true });
  spawnSync('cp', ['-a', path.join(template, 'site'), out]);
  spawnSync('cp', ['-a', path.join(template, 'site.sweepsite'), `${out}.sweepsite`]);
}

let oldSite: string | null;
let newSite: string | null;

beforeAll(() => {
  for (const dir of [before, after]) fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'free-20260527'), path.join(before, 'free-20260527'), { recursive: true });
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'free-20260527'), path.join(after, 'free-20260527'), { recursive: true });
  fs.cpSync(path.join(REAL_SAMPLE_DIR, 'newmodels-20260620'), path.join(after, 'newmodels-20260620'), { recursive: true });
  build(before, out);
  oldSite = served(out);
  fs.mkdirSync(template);
  spawnSync('cp', ['-a', out, path.join(template, 'site')]);
  spawnSync('cp', ['-a', `${out}.sweepsite`, path.join(template, 'site.sweepsite')]);
  build(after, path.join(tmp, 'reference'), ['--no-cache'], path.join(tmp, 'reference-cache'));
  newSite = served(path.join(tmp, 'reference'));
}, 240_000);

/** Waits until the build `pid` has render processes running (they start once it has read the archive), up to 60 s. */
async function renderersStarted(pid: number | undefined): Promise<number> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const n = strays(pid).length;
    if (n > 0) return n;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 0;
}

/** Helper processes of the build with process id `pid` still running: render and search processes name it in their arguments. */
function strays(pid: number | undefined): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((line) => (/render-shard\.ts/.test(line) && line.includes(`/${pid}-shard-`)) || (/search-process\.ts/.test(line) && line.includes(`search-job-${pid}.json`)));
}

describe('a build killed with SIGKILL', () => {
  it.each([
    'after-read', 'after-plan', 'after-files', 'after-render', 'mid-seal', 'after-seal', 'after-root', 'publish-site-moved', 'publish-link-made', 'after-publish',
  ])('at %s leaves one whole site, and the next build publishes the new one', (point) => {
    restore();
    const r = spawnSync(process.execPath, ['scripts/build.ts', `--fault-at=${point}`], { env: env(after, out), encoding: 'utf8' });
    expect(r.signal, `${point}: ${r.stderr}`).toBe('SIGKILL');
    const now = served(out);
    expect([oldSite, newSite]).toContain(now);
    if (point === 'after-publish') expect(now).toBe(newSite);
    build(after, out);
    expect(served(out)).toBe(newSite);
    expect(fs.readdirSync(path.join(`${out}.sweepsite`, 'work'))).toEqual([]);
    expect(fs.readdirSync(path.join(`${out}.sweepsite`, 'sites'))).toHaveLength(1);
  }, 120_000);

  it.each([1500, 4000])('while pages render (%i ms in), and its render processes go with it', async (ms) => {
    restore();
    const child = spawn(process.execPath, ['scripts/build.ts'], { env: env(after, out), stdio: 'ignore' });
    // Timed from when its render processes run, so a slow machine still kills it mid-render.
    expect(await renderersStarted(child.pid), 'the render processes are running').toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, ms));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(strays(child.pid)).toEqual([]);
    expect([oldSite, newSite]).toContain(served(out));
    build(after, out);
    expect(served(out)).toBe(newSite);
  }, 120_000);
});

describe('a build stopped with SIGTERM or SIGINT', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s: removes what it made, stops its processes, leaves the site as it was', async (signal) => {
    restore();
    const child = spawn(process.execPath, ['scripts/build.ts'], { env: env(after, out), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await renderersStarted(child.pid), 'the render processes are running').toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill(signal);
    const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(stderr).toMatch(new RegExp(`build stopped by ${signal}`));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(strays(child.pid)).toEqual([]);
    expect(served(out)).toBe(oldSite);
    expect(fs.readdirSync(path.join(`${out}.sweepsite`, 'work'))).toEqual([]);
    expect(fs.existsSync(path.join(`${out}.sweepsite`, 'lock'))).toBe(false);
  }, 120_000);
});
