// The build for `--host cloudflare` / `--host netlify` served by those hosts' own local servers
// (wrangler pages dev, netlify dev), offline: the `_redirects` aliases reach the newest sweep
// with the cell, the `_headers` arrive, big pages come back compressed where the server
// compresses, and every page of the site answers. What each local server does differently from
// its host is in HOST_SERVERS (host-servers.ts) and asserted as it is.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesHeaderPath, parseHeadersFile, type HeaderRule } from '../../scripts/lib/postprocess/headers.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';
import { HOST_SERVERS, startHostServer, type RunningServer } from './host-servers.ts';
import { launchBrowser, listFilePaths, listPagePaths, listSweepIds, openPage } from './helpers.ts';

const BUILT = path.resolve('.cache/e2e/hosts');
// Beyond this many cell aliases, check a sample (every exact rule's alias among them).
const MAX_CELL_ALIASES = 50;

/** An alias and the page or file it must reach: the same path under the newest sweep that has it. */
type Expected = { alias: string; target: string };

/** Sweep ids newest first, as the site's own sweep list orders them. */
function sweepsNewestFirst(dir: string): string[] {
  const ids = new Set(listSweepIds(dir));
  const listed = [...fs.readFileSync(path.join(dir, 'sweeps/index.html'), 'utf8').matchAll(/href="\/sweeps\/([^/"]+)\/"/g)].map((m) => m[1] as string);
  const order = [...new Set(listed.filter((id) => ids.has(id)))];
  expect([...order].sort()).toEqual([...ids].sort());
  return order;
}

/**
 * Every alias the site should answer, found from the sweep folders alone: `/cell/<5 segments>/`
 * for each cell page, `/badge/<tui>/<vendor>/<model>(.svg|.json)` and the cell badges below it
 * (not the `_tui` / `_model` badges, which are per sweep), each sent to the newest sweep that has it.
 */
function expectedAliases(dir: string): { cells: Expected[]; badges: Expected[] } {
  const cells = new Map<string, string>();
  const badges = new Map<string, string>();
  for (const sweep of sweepsNewestFirst(dir).reverse()) {
    const prefix = `/sweeps/${sweep}`;
    for (const p of listPagePaths(path.join(dir, 'sweeps', sweep))) {
      if (/^\/cell\/([^/]+\/){5}$/.test(p)) cells.set(p, prefix + p);
    }
    for (const ext of ['.svg', '.json']) {
      for (const f of listFilePaths(path.join(dir, 'sweeps', sweep), ext)) {
        if (/^\/badge\/[^_/][^/]*\/[^/]+\/[^/]+(\/[^/]+\/[^/]+)?\.(svg|json)$/.test(f)) badges.set(f, prefix + f);
      }
    }
  }
  const list = (m: Map<string, string>): Expected[] => [...m].map(([alias, target]) => ({ alias, target })).sort((a, b) => (a.alias < b.alias ? -1 : 1));
  return { cells: list(cells), badges: list(badges) };
}

/** The exact (non-splat) rules of `_redirects`, by source path. */
function exactRuleSources(dir: string): Set<string> {
  const lines = fs.readFileSync(path.join(dir, '_redirects'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return new Set(lines.map((l) => l.split(/\s+/)[0] as string).filter((from) => !from.endsWith('*')));
}

/** The headers the `_headers` rules give `requestPath`, values of one name joined as the hosts join them. */
function headersFor(rules: readonly HeaderRule[], requestPath: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matchesHeaderPath(rule.path, requestPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key) ?? ''}, ${value}` : value);
    }
  }
  return out;
}

let cellAliases: Expected[];
let badgeAliases: Expected[];
let headerRules: HeaderRule[];
let pagePaths: string[];
let browser: Browser | undefined;

beforeAll(() => {
  fs.rmSync(BUILT, { recursive: true, force: true });
  // Both hosts read the same `_redirects` and `_headers`; one Cloudflare build serves both.
  execFileSync(process.execPath, ['scripts/build.ts', '--host', 'cloudflare'], {
    env: { ...process.env, SWEEPS_DIR: REAL_SAMPLE_DIR, OUT_DIR: BUILT, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const { cells, badges } = expectedAliases(BUILT);
  const exact = exactRuleSources(BUILT);
  // The sample must exercise an exact rule (a cell whose newest sweep differs from its splat's).
  expect(cells.some((c) => exact.has(c.alias))).toBe(true);
  const step = Math.ceil(cells.length / MAX_CELL_ALIASES);
  cellAliases = cells.filter((c, i) => exact.has(c.alias) || i % step === 0);
  badgeAliases = badges;
  headerRules = parseHeadersFile(fs.readFileSync(path.join(BUILT, '_headers'), 'utf8'));
  pagePaths = listPagePaths(BUILT);
});
afterAll(async () => {
  await browser?.close();
});

describe.each(HOST_SERVERS)('the $name build served by its host’s local server', (server) => {
  let running: RunningServer | undefined;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    // The build (above) gave the site folder; wrangler and netlify follow its sweep links.
    running = await startHostServer(server, fs.realpathSync(BUILT));
    origin = running.origin;
    browser ??= await launchBrowser();
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await running?.stop();
  });

  const get = (p: string, init: RequestInit = {}): Promise<Response> =>
    fetch(origin + p, { redirect: 'manual', signal: AbortSignal.timeout(10_000), ...init });

  it('answers every cell alias with a 302 to the newest sweep that ran the cell', async () => {
    for (const { alias, target } of cellAliases) {
      const res = await get(alias);
      expect(res.status, alias).toBe(302);
      expect(new URL(res.headers.get('location') ?? '', origin).pathname, alias).toBe(target);
      expect((await get(target)).status, target).toBe(200);
    }
  });

  it('takes a reader in Chromium from each cell alias to the sweep’s cell page', async () => {
    for (const { alias, target } of cellAliases) {
      const res = await page.goto(origin + alias);
      expect(res?.status(), alias).toBe(200);
      expect(res?.request().redirectedFrom()?.url(), alias).toBe(origin + alias);
      expect(new URL(page.url()).pathname, alias).toBe(target);
    }
  });

  it('answers every badge alias with a 302 to the newest sweep’s badge, an SVG or JSON', async () => {
    expect(badgeAliases.some((b) => b.alias.endsWith('.svg'))).toBe(true);
    for (const { alias, target } of badgeAliases) {
      const res = await get(alias);
      expect(res.status, alias).toBe(302);
      expect(new URL(res.headers.get('location') ?? '', origin).pathname, alias).toBe(target);
      const file = await get(target);
      expect(file.status, target).toBe(200);
      expect(file.headers.get('content-type'), target).toMatch(alias.endsWith('.svg') ? /^image\/svg\+xml\b/ : /^application\/json\b/);
    }
    const svg = badgeAliases.find((b) => b.alias.endsWith('.svg'));
    const res = await page.goto(origin + (svg?.alias ?? ''));
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-type']).toMatch(/^image\/svg\+xml\b/);
  });

  it('sends the headers _headers gives a page, a sweep page, an asset, a badge and the home page', async () => {
    const newest = sweepsNewestFirst(BUILT)[0] ?? '';
    const asset = listFilePaths(BUILT, '').find((f) => f.startsWith('/_astro/'));
    const badge = badgeAliases.find((b) => b.alias.endsWith('.svg'))?.target;
    const paths = ['/', '/about/', `/sweeps/${newest}/`, asset ?? '/_astro/ (none)', badge ?? '/sweeps/ (no badge)'];
    if (server.quirks.headersOnRedirects) paths.push(cellAliases[0]?.alias ?? '');
    for (const p of paths) {
      const res = await get(p);
      expect(res.status, p).toBe(p.startsWith('/cell/') ? 302 : 200);
      const want = headersFor(headerRules, p);
      expect(want.size, p).toBeGreaterThan(0);
      for (const [name, value] of want) {
        if (name === 'cache-control') continue;
        expect(res.headers.get(name), `${name} on ${p}`).toBe(value);
      }
      // One Cache-Control, not two joined: exactly the rule's, or the local server's own.
      const rule = server.quirks.cacheControlFromHeaders ? want.get('cache-control') : undefined;
      const cache = rule ?? server.quirks.defaultCacheControl;
      expect(res.headers.get('cache-control'), `cache-control on ${p}`).toBe(cache);
    }
  });

  it('compresses a big page when the server does', async () => {
    const biggest = pagePaths
      .map((p) => ({ p, size: fs.statSync(path.join(BUILT, p, 'index.html')).size }))
      .sort((a, b) => b.size - a.size)[0] as { p: string; size: number };
    expect(biggest.size).toBeGreaterThan(10_000);
    const res = await get(biggest.p, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    // fetch decodes the body; the header still says how it travelled.
    const encoding = res.headers.get('content-encoding');
    if (server.quirks.compresses) expect(['br', 'gzip']).toContain(encoding);
    else expect(encoding).toBeNull();
    expect(await res.text()).toBe(fs.readFileSync(path.join(BUILT, biggest.p, 'index.html'), 'utf8'));
  });

  it('answers every page of the site, and an unknown address with the site’s 404 page', async () => {
    const failed: string[] = [];
    for (const p of pagePaths) {
      const res = await get(p, { method: 'HEAD' });
      if (res.status !== 200) failed.push(`${p} ${res.status}`);
    }
    expect(failed).toEqual([]);
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(fs.readFileSync(path.join(BUILT, '404.html'), 'utf8'));
  });
});
