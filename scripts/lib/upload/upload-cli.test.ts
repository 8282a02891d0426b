// End to end: scripts/upload.ts against tests/fixtures/fake-aws, a stand-in for the aws CLI that
// keeps buckets in a temporary folder and logs every call.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LONG_CACHE, SHORT_CACHE } from '../postprocess/headers.ts';
import { addSweep, makeFakeSite } from './fake-site.ts';

const SCRIPT = path.resolve(import.meta.dirname, '../../upload.ts');
const FAKE_AWS = path.resolve(import.meta.dirname, '../../../tests/fixtures/fake-aws');

interface Call {
  argv: string[];
  wrote: Array<{ key: string; cacheControl: string | null; contentType: string | null }>;
}

let root: string;
let outDir: string;
let buckets: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-cli-'));
  outDir = makeFakeSite(root);
  buckets = path.join(root, 'buckets');
  fs.mkdirSync(path.join(buckets, 'bkt'), { recursive: true });
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Runs the upload; `path` replaces the folders on PATH (default: the fake aws and node). */
function upload(args: string[], env: { failOn?: string; outDir?: string | undefined; path?: string | undefined } = {}): { code: number | null; stdout: string; stderr: string; calls: Call[]; wrote: string[] } {
  const log = path.join(root, 'aws.log');
  fs.rmSync(log, { force: true });
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: 'utf8',
    env: {
      PATH: env.path ?? `${FAKE_AWS}${path.delimiter}${path.dirname(process.execPath)}`,
      OUT_DIR: env.outDir ?? outDir,
      FAKE_AWS_BUCKETS: buckets,
      FAKE_AWS_LOG: log,
      FAKE_AWS_FAIL_ON: env.failOn ?? '',
    },
  });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Call) : [];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, calls, wrote: calls.flatMap((c) => c.wrote.map((w) => w.key)) };
}

const inBucket = (key: string): string => path.join(buckets, 'bkt', 'site', ...key.split('/'));
const SITE_FILES = ['archive.tar.gz', 'big.json', 'cell/x/index.html', 'feed.xml', 'index.html', 'pagefind/fragment/en_2b.pf_fragment', 'pagefind/pagefind.en_1a.pf_meta', 'pagefind/pagefind.js', 'robots.txt', 'sitemap.xml', 'sweeps/index.html'];
const sweepFiles = (id: string): string[] => ['badge/x.svg', 'card.png', 'cell/x/index.html', 'cells.json', 'index.html', 'pagefind/pagefind.en_3c.pf_meta', 'sitemap-1.xml'].map((f) => `sweeps/${id}/${f}`);
const oneLine = (text: string): string[] => text.split('\n').filter((l) => l !== '');

// Every aws call is a process: slow on a loaded machine.
describe('npm run upload', { timeout: 120_000 }, () => {
  it('uploads everything the first time: each sweep before its marker, archive-wide files last, with their headers, through the endpoint given', () => {
    const r = upload(['s3://bkt/site', '--endpoint-url', 'https://acc.r2.cloudflarestorage.com']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([...r.wrote].sort()).toEqual([...sweepFiles('a'), 'sweeps/a/.sweepsite-unit', '_astro/app.Ab12.css', '_astro/app.Ab12.js', ...SITE_FILES].map((k) => `site/${k}`).sort());
    const order = (key: string): number => r.wrote.indexOf(`site/${key}`);
    for (const f of sweepFiles('a')) expect(order(f)).toBeLessThan(order('sweeps/a/.sweepsite-unit'));
    for (const f of SITE_FILES) expect(order(f)).toBeGreaterThan(order('_astro/app.Ab12.js'));
    expect(order('index.html')).toBeGreaterThan(order('pagefind/pagefind.js'));
    expect(fs.readFileSync(inBucket('sweeps/a/.sweepsite-unit'), 'utf8')).toBe('unit aaaa1111\n');
    expect(fs.readFileSync(inBucket('cell/x/index.html'), 'utf8')).toBe('<h1>cell x of a</h1>');
    const headers = new Map(r.calls.flatMap((c) => c.wrote.map((w) => [w.key.slice('site/'.length), [w.cacheControl, w.contentType]] as const)));
    expect(headers.get('sweeps/a/index.html')).toEqual([LONG_CACHE, 'text/html; charset=utf-8']);
    expect(headers.get('sweeps/a/pagefind/pagefind.en_3c.pf_meta')).toEqual([LONG_CACHE, 'application/octet-stream']);
    expect(headers.get('_astro/app.Ab12.js')).toEqual([LONG_CACHE, 'text/javascript; charset=utf-8']);
    expect(headers.get('sweeps/index.html')).toEqual([SHORT_CACHE, 'text/html; charset=utf-8']);
    expect(headers.get('big.json')).toEqual([SHORT_CACHE, 'application/json; charset=utf-8']);
    for (const left of ['_headers', '_redirects', '.well-known/security.txt', 'big.json.br', 'big.json.gz']) expect(fs.existsSync(inBucket(left))).toBe(false);
    for (const c of r.calls) expect(c.argv.slice(-2)).toEqual(['--endpoint-url', 'https://acc.r2.cloudflarestorage.com']);
    expect(oneLine(r.stdout).at(-1)).toMatch(/^note: Content-Security-Policy, .* set them in the CDN \(CloudFront response headers policy, Cloudflare Transform Rules\) as the deploy page says: \/deploy\/$/);
  });

  it('uploads only the archive-wide files the second time, and a new sweep with them the third', () => {
    upload(['s3://bkt/site']);
    const second = upload(['s3://bkt/site']);
    expect(second.code).toBe(0);
    expect([...second.wrote].sort()).toEqual(SITE_FILES.map((k) => `site/${k}`).sort());
    expect(second.stdout).toContain('sweeps: 0 to upload; 1 already in the bucket; 0 conflicts');
    addSweep(root, 'b', 'bbbb2222');
    const third = upload(['s3://bkt/site']);
    expect(third.code).toBe(0);
    expect([...third.wrote].sort()).toEqual([...sweepFiles('b'), 'sweeps/b/.sweepsite-unit', ...SITE_FILES].map((k) => `site/${k}`).sort());
  });

  it('refuses a sweep whose marker names another build, in one line, and uploads the rest', () => {
    upload(['s3://bkt/site']);
    fs.writeFileSync(inBucket('sweeps/a/.sweepsite-unit'), 'unit 0ther\n');
    const r = upload(['s3://bkt/site']);
    expect(r.code).toBe(0);
    expect(oneLine(r.stderr)).toEqual(['conflict: sweep a in s3://bkt/site/sweeps/a/ was uploaded from another build (unit 0ther), so it was left as it is; to replace it, run again with --all and invalidate /sweeps/a/* in the CDN']);
    expect(r.wrote.filter((k) => k.startsWith('site/sweeps/a/'))).toEqual([]);
    const all = upload(['s3://bkt/site', '--all']);
    expect(all.stderr).toBe('');
    expect(all.wrote).toContain('site/sweeps/a/.sweepsite-unit');
    expect(fs.readFileSync(inBucket('sweeps/a/.sweepsite-unit'), 'utf8')).toBe('unit aaaa1111\n');
  });

  it('stops in one line when aws fails, leaves the sweep unmarked, and uploads it on the next run', () => {
    const r = upload(['s3://bkt/site'], { failOn: 'sweeps/a/ ' });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^upload: aws failed \(exit 1\) on step 1\/\d+, sweep a: 1 file of application\/json; charset=utf-8: .*Access Denied; fix that and run again \(sweeps already marked as uploaded are skipped\)\n$/);
    expect(fs.existsSync(inBucket('sweeps/a/.sweepsite-unit'))).toBe(false);
    const again = upload(['s3://bkt/site']);
    expect(again.code).toBe(0);
    expect(again.wrote).toContain('site/sweeps/a/.sweepsite-unit');
  });

  it('prints the plan on --dry-run and runs no aws', () => {
    const r = upload(['s3://bkt/site', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
    const commands = oneLine(r.stdout).filter((l) => l.startsWith('aws s3 '));
    expect(commands).toHaveLength(oneLine(r.stdout).filter((l) => l.startsWith('# ')).length);
    expect(commands.at(-1)).toMatch(/^aws s3 cp \S+ s3:\/\/bkt\/site\/ --recursive --follow-symlinks --cache-control 'public, max-age=300' --content-type 'text\/html; charset=utf-8' --only-show-errors$/);
    expect(r.stdout).toContain('files: 7 sweep files');
  });

  it.each<[string, string[], { outDir?: string; path?: string }, RegExp]>([
    ['no aws on PATH', ['s3://bkt/site'], { path: 'EMPTY' }, /^upload: the aws command is not on PATH; install the AWS CLI \(https:\/\/aws\.amazon\.com\/cli\/\) or add it to PATH, then run again$/],
    ['a missing OUT_DIR', ['s3://bkt/site'], { outDir: 'MISSING' }, /^upload: there is no site at .*; run npm run build first, or set OUT_DIR to the built site$/],
    ['a bad bucket address', ['bkt/site'], {}, /^upload: "bkt\/site" is not an s3:\/\/ address; give the bucket as s3:\/\/bucket or s3:\/\/bucket\/prefix$/],
    ['a bucket that does not exist', ['s3://nope/site'], {}, /^upload: aws could not read s3:\/\/nope\/site\/sweeps\/a\/\.sweepsite-unit \(exit 1\): .*NoSuchBucket.*; check the bucket name, --endpoint-url and your credentials \(aws configure\), then run again$/],
    ['an unknown option', ['s3://bkt/site', '--force'], {}, /^upload: Unknown option '--force'; usage: npm run upload -- s3:\/\/bucket\[\/prefix\] \[--endpoint-url URL\] \[--dry-run\] \[--all\]$/],
    ['no bucket', [], {}, /^upload: give exactly one bucket address; usage: /],
  ])('ends in one line, exit 1, on %s', (_, args, env, message) => {
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    const r = upload(args, { ...env, path: env.path === 'EMPTY' ? empty : env.path, outDir: env.outDir === 'MISSING' ? path.join(root, 'missing') : env.outDir });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });
});
