// The served build behind the headers its `_headers` file asks for, applied the way Netlify and
// Cloudflare Pages apply them: every page must load and run under the Content-Security-Policy
// (Chromium reports a violation as a console error), and badges must answer with CORS.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesHeaderPath, parseHeadersFile } from '../../scripts/lib/postprocess/headers.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { assertPostprocessed } from '../unit/postprocess-site.ts';
import { launchBrowser, listPagePaths, recordProblems } from './helpers.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

const BUILT = path.resolve('.cache/e2e/headers');

let origin: string;
let close: (() => Promise<void>) | undefined;
let browser: Browser | undefined;
let page: Page;
let problems: string[];

beforeAll(async () => {
  fs.rmSync(BUILT, { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, SWEEPS_DIR: REAL_SAMPLE_DIR, OUT_DIR: BUILT, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  assertPostprocessed(BUILT);
  const rules = parseHeadersFile(fs.readFileSync(path.join(BUILT, '_headers'), 'utf8'));
  const server = createStaticServer(BUILT);
  // Runs before the file handler: sets every header of every rule that matches, as the hosts do.
  server.prependListener('request', (req, res) => {
    const requestPath = new URL(req.url ?? '/', 'http://x').pathname;
    for (const rule of rules) if (matchesHeaderPath(rule.path, requestPath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
  browser = await launchBrowser();
  page = await browser.newPage();
  problems = recordProblems(page);
});
afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe('the served build under its own _headers', () => {
  it('runs every page under the Content-Security-Policy with no violation or error', async () => {
    const res = await page.goto(`${origin}/`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    // A page script ran under the policy: the leaderboard filter box is shown only by script.
    await expect(page.locator('[data-sortable] .filters').first().isVisible()).resolves.toBe(true);
    // The compare picker fetches its data after load; wait for it so the fetch is checked too.
    for (const p of listPagePaths(BUILT)) await page.goto(origin + p, { waitUntil: p.endsWith('/compare/') ? 'networkidle' : 'load' });
    expect(problems).toEqual([]);
  });

  it('answers a badge with CORS and caching headers', async () => {
    const badge = (fs.readdirSync(path.join(BUILT, 'badge'), { recursive: true, encoding: 'utf8' }) as string[]).find((f) => f.endsWith('.svg'));
    const res = await page.request.get(`${origin}/badge/${badge ?? ''}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    expect(res.headers()['cache-control']).toBe('public, max-age=300');
  });
});
