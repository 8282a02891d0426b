import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LONG_CACHE, SHORT_CACHE } from '../postprocess/headers.ts';
import { UploadError } from './bucket.ts';
import { addSweep, makeFakeSite } from './fake-site.ts';
import { awsArgs, conflictLines, planUpload, probeArgs, shellLine, summarize, type CommandContext, type FilesStep, type UploadStep } from './plan.ts';
import { scanSite } from './scan.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-plan-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const ctx: CommandContext = { target: { bucket: 'bkt', prefix: 'site/' }, endpoint: null, stage: '/stage' };

/** A step in a line: what, where, type, and its files' keys. */
function brief(step: UploadStep): string {
  return step.kind === 'marker' ? `marker ${step.sweep}: ${step.body.trim()}` : `${step.cls} ${step.dest || '(root)'} ${step.contentType ?? '(guess)'}: ${step.files.map((f) => f.key).join(' ')}`;
}

describe('scanSite', () => {
  it('follows the links to sweep units and aliases, and splits sweeps, assets and archive-wide files', () => {
    const scan = scanSite(makeFakeSite(root, { plain: true }));
    expect(scan.sweeps.map((s) => [s.id, s.digest.replace(/[0-9a-f]{32}$/, '<hash>')])).toEqual([
      ['a', 'unit aaaa1111'],
      ['p', 'files <hash>'],
    ]);
    expect(scan.sweeps[0]?.files.map((f) => f.key)).toEqual(['sweeps/a/badge/x.svg', 'sweeps/a/card.png', 'sweeps/a/cell/x/index.html', 'sweeps/a/cells.json', 'sweeps/a/index.html', 'sweeps/a/pagefind/pagefind.en_3c.pf_meta', 'sweeps/a/sitemap-1.xml']);
    expect(scan.assets.map((f) => f.key)).toEqual(['_astro/app.Ab12.css', '_astro/app.Ab12.js']);
    expect(scan.archive.map((f) => f.key)).toEqual([
      'archive.tar.gz',
      'big.json',
      'cell/x/index.html',
      'feed.xml',
      'index.html',
      'pagefind/fragment/en_2b.pf_fragment',
      'pagefind/pagefind.en_1a.pf_meta',
      'pagefind/pagefind.js',
      'robots.txt',
      'sitemap.xml',
      'sweeps/index.html',
    ]);
    expect(fs.readFileSync(scan.archive.find((f) => f.key === 'cell/x/index.html')?.file ?? '', 'utf8')).toBe('<h1>cell x of a</h1>');
    expect(scan.left).toEqual({ sidecars: ['/big.json.br', '/big.json.gz'], hostFiles: ['/_headers', '/_redirects'], hidden: ['/.well-known'] });
  });

  it('gives a plain sweep folder the same digest for the same files, and another for other files', () => {
    const outDir = makeFakeSite(root, { plain: true });
    const before = scanSite(outDir).sweeps[1]?.digest;
    expect(scanSite(outDir).sweeps[1]?.digest).toBe(before);
    fs.writeFileSync(path.join(outDir, 'sweeps', 'p', 'cells.csv'), 'id\nx\n');
    expect(scanSite(outDir).sweeps[1]?.digest).not.toBe(before);
  });

  it.each([
    ['a missing OUT_DIR', (r: string) => path.join(r, 'nothing'), /^upload: there is no site at .*nothing; run npm run build first, or set OUT_DIR to the built site$/],
    ['a folder that is no site', (r: string) => r, /^upload: .* has no index\.html, so it is no built site; run npm run build first/],
    [
      'a broken sweep link',
      (r: string) => {
        const out = makeFakeSite(r);
        fs.symlinkSync('../../../units/gone', path.join(out, 'sweeps', 'gone'));
        return out;
      },
      /^upload: .*sweeps\/gone is a link to nothing; build the site again \(npm run build\)$/,
    ],
  ])('refuses %s in one line', (_, make, message) => {
    const outDir = make(root);
    expect(() => scanSite(outDir)).toThrow(UploadError);
    expect(() => scanSite(outDir)).toThrow(message);
  });
});

describe('planUpload', () => {
  it('uploads each new sweep then its marker, then _astro/, then archive-wide files, pages last in each', () => {
    const outDir = makeFakeSite(root);
    addSweep(root, 'b', 'bbbb2222');
    const plan = planUpload(scanSite(outDir), new Map([['a', null], ['b', null]]), false);
    expect(plan.steps.map(brief)).toEqual([
      'sweep sweeps/a/ application/json; charset=utf-8: cells.json',
      'sweep sweeps/a/ application/octet-stream: pagefind/pagefind.en_3c.pf_meta',
      'sweep sweeps/a/ application/xml; charset=utf-8: sitemap-1.xml',
      'sweep sweeps/a/ image/png: card.png',
      'sweep sweeps/a/ image/svg+xml; charset=utf-8: badge/x.svg',
      'sweep sweeps/a/ text/html; charset=utf-8: cell/x/index.html index.html',
      'marker a: unit aaaa1111',
      'sweep sweeps/b/ application/json; charset=utf-8: cells.json',
      'sweep sweeps/b/ application/octet-stream: pagefind/pagefind.en_3c.pf_meta',
      'sweep sweeps/b/ application/xml; charset=utf-8: sitemap-1.xml',
      'sweep sweeps/b/ image/png: card.png',
      'sweep sweeps/b/ image/svg+xml; charset=utf-8: badge/x.svg',
      'sweep sweeps/b/ text/html; charset=utf-8: cell/x/index.html index.html',
      'marker b: unit bbbb2222',
      'asset _astro/ text/css; charset=utf-8: app.Ab12.css',
      'asset _astro/ text/javascript; charset=utf-8: app.Ab12.js',
      'archive (root) application/gzip: archive.tar.gz',
      'archive (root) application/json; charset=utf-8: big.json',
      'archive (root) application/octet-stream: pagefind/fragment/en_2b.pf_fragment pagefind/pagefind.en_1a.pf_meta',
      'archive (root) application/xml; charset=utf-8: feed.xml sitemap.xml',
      'archive (root) text/javascript; charset=utf-8: pagefind/pagefind.js',
      'archive (root) text/plain; charset=utf-8: robots.txt',
      'archive (root) text/html; charset=utf-8: cell/x/index.html index.html sweeps/index.html',
    ]);
    expect(plan.counts).toEqual({ sweep: 14, asset: 2, archive: 11 });
  });

  it('skips sweeps whose marker matches, refuses conflicting ones, and --all uploads both', () => {
    const outDir = makeFakeSite(root);
    addSweep(root, 'b', 'bbbb2222');
    addSweep(root, 'c', 'cccc3333');
    const remote = new Map([['a', 'unit aaaa1111'], ['b', 'unit 0ther'], ['c', null]]);
    const plan = planUpload(scanSite(outDir), remote, false);
    expect(plan.sweeps.map((s) => [s.id, s.state, s.upload])).toEqual([
      ['a', 'present', false],
      ['b', 'conflict', false],
      ['c', 'new', true],
    ]);
    expect(plan.steps.filter((s) => s.kind === 'marker').map(brief)).toEqual(['marker c: unit cccc3333']);
    expect(plan.steps.some((s) => s.kind === 'files' && s.dest === 'sweeps/b/')).toBe(false);
    expect(conflictLines(plan, remote, ctx.target)).toEqual([
      'conflict: sweep b in s3://bkt/site/sweeps/b/ was uploaded from another build (unit 0ther), so it was left as it is; to replace it, run again with --all and invalidate /sweeps/b/* in the CDN',
    ]);
    const all = planUpload(scanSite(outDir), null, true);
    expect(all.sweeps.map((s) => [s.id, s.state, s.upload])).toEqual([
      ['a', 'unchecked', true],
      ['b', 'unchecked', true],
      ['c', 'unchecked', true],
    ]);
    expect(all.steps.filter((s) => s.kind === 'marker')).toHaveLength(3);
  });

  it('says what it leaves out and why', () => {
    const lines = summarize(planUpload(scanSite(makeFakeSite(root)), new Map([['a', 'unit aaaa1111']]), false));
    expect(lines).toEqual([
      'sweeps: 0 to upload; 1 already in the bucket; 0 conflicts',
      `files: 0 sweep files (${LONG_CACHE}), 2 _astro/ assets (${LONG_CACHE}; synced, so only names not yet in the bucket are sent), 11 archive-wide files (${SHORT_CACHE})`,
      'left out 2 precompressed .br/.gz copies: an object store serves one body per key and cannot pick one by Accept-Encoding; let the CDN compress (CloudFront: "Compress objects automatically"; Cloudflare does it by default)',
      'left out /_headers and /_redirects: object stores do not read them; set headers and redirects in the CDN (see /deploy/)',
      'left out 1 hidden file (names starting with a dot): /.well-known',
    ]);
  });
});

describe('aws commands', () => {
  const files = (cls: FilesStep['cls'], dest: string, contentType: string | null): FilesStep => ({ kind: 'files', cls, what: 'x', dest, contentType, files: [] });
  it.each<[string, UploadStep, CommandContext, string]>([
    ['sweep files', files('sweep', 'sweeps/a/', 'text/html; charset=utf-8'), ctx, `aws s3 cp /stage/001 s3://bkt/site/sweeps/a/ --recursive --follow-symlinks --cache-control '${LONG_CACHE}' --content-type 'text/html; charset=utf-8' --only-show-errors`],
    ['assets, synced by size', files('asset', '_astro/', null), ctx, `aws s3 sync /stage/001 s3://bkt/site/_astro/ --size-only --follow-symlinks --cache-control '${LONG_CACHE}' --only-show-errors`],
    ['archive-wide files through an endpoint', files('archive', '', 'image/png'), { ...ctx, target: { bucket: 'bkt', prefix: '' }, endpoint: 'https://acc.r2.cloudflarestorage.com' }, `aws s3 cp /stage/001 s3://bkt/ --recursive --follow-symlinks --cache-control '${SHORT_CACHE}' --content-type image/png --only-show-errors --endpoint-url https://acc.r2.cloudflarestorage.com`],
    ['a marker', { kind: 'marker', sweep: 'a', body: 'unit 1\n' }, ctx, `aws s3 cp /stage/001.txt s3://bkt/site/sweeps/a/.sweepsite-unit --content-type 'text/plain; charset=utf-8' --cache-control '${SHORT_CACHE}' --only-show-errors`],
  ])('%s', (_, step, context, line) => {
    expect(shellLine('aws', awsArgs(step, 0, context))).toBe(line);
  });

  it('reads a marker to stdout', () => {
    expect(probeArgs('a', ctx)).toEqual(['s3', 'cp', 's3://bkt/site/sweeps/a/.sweepsite-unit', '-', '--only-show-errors']);
  });

  it('quotes for the shell only where needed', () => {
    expect(shellLine('aws', ['a/b.c', 'it\'s', 'x y', ''])).toBe(`aws a/b.c 'it'\\''s' 'x y' ''`);
  });
});
