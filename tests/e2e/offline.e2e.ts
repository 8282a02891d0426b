// The offline build, copied to another folder and opened from disk (file://) with the network cut:
// every page loads its styles, fonts, scripts and badges, every link leads to a file, and a reader
// can click from the home page into a sweep, a config and a cell and back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPostprocessed } from '../unit/postprocess-site.ts';
import { launchBrowser, recordProblems } from './helpers.ts';
import { REAL_SAMPLE_DIR } from '../helpers/fixtures.ts';

const BUILT = path.resolve('.cache/e2e/offline');

let copy: string | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  fs.rmSync(BUILT, { recursive: true, force: true });
  execFileSync(process.execPath, ['scripts/build.ts', '--offline'], {
    env: { ...process.env, SWEEPS_DIR: REAL_SAMPLE_DIR, OUT_DIR: BUILT, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  assertPostprocessed(BUILT);
  // A copy at another depth, with a space in its path: nothing may depend on where the folder is.
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sweepsite offline ')), 'copied site');
  // As a person copies it (`cp -rL`): the output folder and its sweeps are links into the build's
  // store, and a copy must hold the files themselves.
  fs.cpSync(BUILT, target, { recursive: true, dereference: true });
  copy = target;
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.setOffline(true);
  await context.route(/^(https?|wss?):/, (route) => route.abort('internetdisconnected'));
  page = await context.newPage();
  problems = recordProblems(page);
});
afterAll(async () => {
  await browser?.close();
  if (copy !== undefined) fs.rmSync(path.dirname(copy), { recursive: true, force: true });
});

function urlOf(site: string): string {
  return pathToFileURL(path.join(copy ?? BUILT, site)).href;
}

/** Clicks the first link matching `selector` and waits for the page it names. */
async function follow(selector: string): Promise<string> {
  const link = page.locator(selector).first();
  const href = await link.getAttribute('href');
  if (href === null) throw new Error(`no link matching ${selector} on ${page.url()}`);
  const target = new URL(href, page.url()).href;
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await page.waitForURL(target);
  await page.waitForLoadState('load');
  return target;
}

/** True when the page's text is set in Inter (the site font loaded from `_astro/`), not a fallback. */
async function usesLoadedFont(): Promise<boolean> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes('Inter') && f.status === 'loaded');
  });
}

/** Every image on the page has loaded with a size (badges included). */
async function imagesLoaded(): Promise<string[]> {
  return page.locator('img').evaluateAll((imgs) => imgs.filter((i) => !(i instanceof HTMLImageElement && i.complete && i.naturalWidth > 0)).map((i) => i.getAttribute('src') ?? ''));
}

describe('the offline build opened from disk', () => {
  it('lets a reader click home -> sweep -> config -> cell and back, with styles, fonts, scripts and badges', async () => {
    const home = urlOf('index.html');
    await page.goto(home);
    expect(await usesLoadedFont()).toBe(true);
    // The leaderboard script (a classic copy of a module bundle) reveals the filter box.
    await expect(page.locator('[data-sortable] .filters').first().isVisible()).resolves.toBe(true);

    const sweep = await follow('main h2 a');
    expect(sweep).toMatch(/\/sweeps\/[^/]+\/index\.html$/);
    expect(await usesLoadedFont()).toBe(true);

    const config = await follow('table.leaderboard tbody th[scope=row] > a');
    expect(config).toContain('/config/');

    const cell = await follow('main a[href*="/cell/"]');
    expect(cell).toMatch(/\/sweeps\/[^/]+\/cell\/.+\/index\.html$/);
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);
    // The copy-button script ran: its buttons are shown only by script.
    await expect(page.locator('button[data-copy]').first().isVisible()).resolves.toBe(true);
    const badge = page.locator('main img[src*="/badge/"]').first();
    await badge.scrollIntoViewIfNeeded();
    expect(await imagesLoaded()).toEqual([]);

    for (const back of [config, sweep, home]) {
      await page.goBack();
      await page.waitForLoadState('load');
      expect(page.url()).toBe(back);
    }
    expect(problems).toEqual([]);
  });

  it('loads every page without a failed request, and every link and asset it names is a file', async () => {
    const pages = (fs.readdirSync(copy ?? BUILT, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort();
    expect(pages.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const site of pages) {
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(fs.readFileSync(path.join(copy ?? BUILT, site), 'utf8'));
      if (refresh !== null) {
        // An alias page: it must send the reader on to a page that is there.
        const target = new URL(refresh[1]!.replaceAll('&amp;', '&'), urlOf(site)).href;
        if (!fs.existsSync(fileURLToPath(target))) missing.push(`${site}: ${target}`);
        await page.goto(urlOf(site));
        await page.waitForURL(target);
        await page.waitForLoadState('load');
        continue;
      }
      await page.goto(urlOf(site));
      const urls = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[href], [src]')].map((el) => (el instanceof HTMLAnchorElement || el instanceof HTMLLinkElement ? el.href : el instanceof HTMLScriptElement || el instanceof HTMLImageElement ? el.src : (el.getAttribute('href') ?? el.getAttribute('src') ?? ''))),
      );
      for (const u of urls) {
        if (!u.startsWith('file:')) continue;
        const file = fileURLToPath(u.replace(/[?#].*$/, ''));
        if (!fs.existsSync(file) || !fs.statSync(file).isFile()) missing.push(`${site}: ${u}`);
      }
      expect(await imagesLoaded(), site).toEqual([]);
    }
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
  });
});
