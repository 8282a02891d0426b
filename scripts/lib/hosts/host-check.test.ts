import { describe, expect, it } from 'vitest';
import { HOST_PROFILES, hostProfile, type HostProfile } from '../../../src/hosts/host-profiles.ts';
import { hostProblems, hostRefusal } from './host-check.ts';
import { addTallies, formatBytes, tallyFiles } from './site-tally.ts';

const host = (name: string): HostProfile => hostProfile(name) as HostProfile;

describe('tallyFiles', () => {
  it('counts files, the folders they imply, bytes and the largest file', () => {
    const t = tallyFiles([
      ['/index.html', 10],
      ['/a/b/c.html', 30],
      ['/a/b/d.json', 5],
      ['/a/e.svg', 7],
    ]);
    expect(t).toEqual({ files: 4, folders: 2, bytes: 52, largest: { path: '/a/b/c.html', bytes: 30 } });
  });
  it('adds disjoint parts', () => {
    const a = tallyFiles([['/x/y', 3]]);
    const b = tallyFiles([['/z', 9]]);
    expect(addTallies(a, b)).toEqual({ files: 2, folders: 1, bytes: 12, largest: { path: '/z', bytes: 9 } });
  });
});

describe('hostProblems', () => {
  const fits = { files: 19_000, folders: 5_000, bytes: 900e6, largest: { path: '/big.json', bytes: 20 * 1024 ** 2 } };
  it('finds nothing for a site within every limit', () => {
    for (const h of HOST_PROFILES) expect(hostProblems(h, fits), h.name).toEqual([]);
  });
  it.each([
    ['cloudflare', { files: 24_312 }, '24,312 files, over its 20,000 per site'],
    ['cloudflare', { largest: { path: '/sweeps/a/cells.json', bytes: 30 * 1024 ** 2 } }, '/sweeps/a/cells.json is 31 MB, over its 25 MiB per file'],
    ['github-pages', { bytes: 1.2e9 }, '1.2 GB, over its 1.0 GB per site'],
    ['github-pages', { bytes: 1_005_258_346 }, '1,005,258,346 bytes, over its 1,000,000,000 bytes (1.0 GB) per site'],
    ['gitlab-pages', { files: 150_000, folders: 60_000 }, '210,000 files and folders, over its 200,000 entries per site'],
  ])('names the limit %s passes and the count', (name, change, phrase) => {
    expect(hostProblems(host(name), { ...fits, ...change })).toEqual([phrase]);
  });
  it('says "at least" for a count made before the pages are written, and leaves out sizes', () => {
    expect(hostProblems(host('cloudflare'), { ...fits, files: 21_000, bytes: 5e9 }, true)).toEqual(['at least 21,000 files, over its 20,000 per site']);
  });
  it('refuses in one line that names the host, the limits and what to do', () => {
    const line = hostRefusal(host('cloudflare'), ['24,312 files, over its 20,000 per site']);
    expect(line).toBe(
      'the site does not fit Cloudflare Pages (--host cloudflare): 24,312 files, over its 20,000 per site. The free plan allows 20,000 files and paid plans 100,000 (set PAGES_WRANGLER_MAJOR_VERSION=4); past that, publish each sweep as its own project or use object storage (npm run upload). The published site is unchanged.',
    );
    expect(line).not.toContain('\n');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2_500, '2.5 KB'],
    [310e6, '310 MB'],
    [1.25e9, '1.3 GB'],
  ])('%d bytes read %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
