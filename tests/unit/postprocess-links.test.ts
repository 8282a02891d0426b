import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_CACHE, SHORT_CACHE, matchesHeaderPath, parseHeadersFile, type HeaderRule } from '../../scripts/lib/postprocess/headers.ts';
import { listServedFiles, pageAddressOf } from '../../scripts/lib/postprocess/site-files.ts';
import { siteOrigin } from '../../src/data/site-config.ts';
import { buildInto, isExternal, targetOf, urlsOfPage, urlsOfStylesheet, type FoundUrl } from './postprocess-site.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sweepsite-links-'));
const online = path.join(root, 'online');
const offline = path.join(root, 'offline');

beforeAll(() => {
  buildInto(online);
  buildInto(offline, ['--offline']);
}, 180_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every URL in every page and emitted stylesheet of a built folder. */
function allUrls(outDir: string): FoundUrl[] {
  return listServedFiles(outDir).flatMap((site) => {
    if (site.endsWith('.html')) return urlsOfPage(site, fs.readFileSync(path.join(outDir, site), 'utf8'));
    if (site.startsWith('/_astro/') && site.endsWith('.css')) return urlsOfStylesheet(site, fs.readFileSync(path.join(outDir, site), 'utf8'));
    return [];
  });
}

function isFile(p: string): boolean {
  return fs.existsSync(p) && fs.statSync(p).isFile();
}

/** `file: <via> url` for every internal URL whose target is not a file. */
function broken(outDir: string, fileMode: boolean): string[] {
  return allUrls(outDir)
    .filter((u) => !isExternal(u.url) && !isFile(targetOf(outDir, u, fileMode)))
    .map((u) => `${u.from}: ${u.via} ${u.url}`);
}

describe('links of the served build', () => {
  it('resolve to files: root-relative against the root, directories to their index.html', () => {
    expect(broken(online, false)).toEqual([]);
  });

  it('hold no inline script or event handler, which the Content-Security-Policy would block', () => {
    const offenders: string[] = [];
    for (const site of listServedFiles(online).filter((s) => s.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(online, site), 'utf8');
      if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html.replace(/<script[^>]*type="application\/(ld\+)?json"[^>]*>/gi, ''))) offenders.push(`${site}: inline <script>`);
      if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) offenders.push(`${site}: on* attribute`);
      if (/\shref="javascript:/i.test(html)) offenders.push(`${site}: javascript: URL`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('links of the offline build', () => {
  it('resolve to files from the file that holds them, with no index-file lookup (file://)', () => {
    expect(broken(offline, true)).toEqual([]);
  });

  it('hold no root-relative URL and no module script', () => {
    const rooted = allUrls(offline).filter((u) => u.url.startsWith('/') && !u.url.startsWith('//'));
    expect(rooted.map((u) => `${u.from}: ${u.via} ${u.url}`)).toEqual([]);
    const modules = listServedFiles(offline).filter((s) => s.endsWith('.html') && /<script[^>]*type="module"/.test(fs.readFileSync(path.join(offline, s), 'utf8')));
    expect(modules).toEqual([]);
  });

  it('keeps absolute site URLs in canonical links and Open Graph tags', () => {
    const home = fs.readFileSync(path.join(offline, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${siteOrigin()}/">`);
    expect(home).toContain(`<meta property="og:url" content="${siteOrigin()}/">`);
  });
});

describe('the crawler files', () => {
  it('list only pages that exist, sorted, in parts the index names, and point robots at the index', () => {
    const locs = (file: string): string[] => [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
    const parts = locs(path.join(online, 'sitemap.xml'));
    // The archive-wide part, then one part per sweep, kept in the sweep's folder and cached with it.
    expect(parts).toContain(`${siteOrigin()}/sitemap-1.xml`);
    expect(parts.filter((p) => p.startsWith(`${siteOrigin()}/sweeps/`)).length).toBeGreaterThanOrEqual(2);
    const urls = parts.flatMap((p) => {
      const part = locs(path.join(online, p.slice(siteOrigin().length)));
      expect(part).toEqual([...part].sort());
      return part;
    });
    expect(urls.length).toBeGreaterThan(10);
    expect(new Set(urls).size).toBe(urls.length);
    for (const u of urls) expect(isFile(path.join(online, u.slice(siteOrigin().length), 'index.html')), u).toBe(true);
    expect(urls.some((u) => u.includes('/cell/') && !u.includes('/sweeps/'))).toBe(false);
    expect(fs.readFileSync(path.join(online, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteOrigin()}/sitemap.xml`);
    expect(isFile(path.join(online, '404.html'))).toBe(true);
  });
});

describe('the _headers file', () => {
  const rules = (): HeaderRule[] => parseHeadersFile(fs.readFileSync(path.join(online, '_headers'), 'utf8'));
  /** The paths a browser requests: every file, and every page by its folder address. */
  const requests = (): string[] => listServedFiles(online).flatMap((site) => [site, ...(pageAddressOf(site) === null ? [] : [pageAddressOf(site) ?? ''])]);
  const headersFor = (request: string): Array<[string, string]> => rules().filter((r) => matchesHeaderPath(r.path, request)).flatMap((r) => r.headers);

  it('has rules that each match some real output path', () => {
    const paths = requests();
    const unmatched = rules().filter((r) => !paths.some((p) => matchesHeaderPath(r.path, p)));
    expect(unmatched.map((r) => r.path)).toEqual([]);
  });

  it('gives every path at most one Cache-Control (hosts would join two with a comma)', () => {
    const doubled = requests().filter((p) => headersFor(p).filter(([n]) => n === 'Cache-Control').length > 1);
    expect(doubled).toEqual([]);
  });

  it('caches hashed assets and permanent sweep files for a year, aliases and the home page briefly', () => {
    const paths = requests();
    const cache = (p: string): string | undefined => headersFor(p).find(([n]) => n === 'Cache-Control')?.[1];
    const first = (re: RegExp): string => paths.find((p) => re.test(p)) ?? `no path matches ${re.source}`;
    expect(cache(first(/^\/_astro\/.*\.css$/))).toBe(LONG_CACHE);
    expect(cache(first(/^\/sweeps\/[^/]+\/cell\/.*\/$/))).toBe(LONG_CACHE);
    expect(cache(first(/^\/sweeps\/[^/]+\/leaderboard\.csv$/))).toBe(LONG_CACHE);
    expect(cache(first(/^\/cell\/.*\/$/))).toBe(SHORT_CACHE);
    expect(cache(first(/^\/badge\/.*\.svg$/))).toBe(SHORT_CACHE);
    expect(cache('/')).toBe(SHORT_CACHE);
    expect(cache('/sitemap.xml')).toBe(SHORT_CACHE);
  });

  it('lets every badge be fetched cross-origin and sends the security headers everywhere', () => {
    const badges = requests().filter((p) => p.endsWith('.svg') && (p.startsWith('/badge/') || /^\/sweeps\/[^/]+\/badge\//.test(p)));
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(headersFor(b), b).toContainEqual(['Access-Control-Allow-Origin', '*']);
    for (const p of ['/', '/sweeps/', '/_astro/x.js', '/404.html']) {
      const names = headersFor(p).map(([n]) => n);
      expect(names, p).toEqual(expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']));
    }
  });
});
