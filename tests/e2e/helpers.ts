// Shared plumbing for the browser tests: one Chromium per file, page listing, problem recording,
// and discovery of one URL per page type by following the site's own links.
import fs from 'node:fs';
import path from 'node:path';
import { listServedFiles } from '../../scripts/lib/postprocess/site-files.ts';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

/** Where screenshots go (gitignored; CI keeps them). */
export const ARTIFACTS_DIR = path.resolve('tests/e2e/artifacts');

/** A short alias address of the demo archive, checked by hand against the built site. */
export const DEMO_ALIAS = '/cell/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated/';

/**
 * Loads `url` as a reader would see it: an alias answers with a small redirect page (meta
 * refresh) on hosts without redirect rules, so this waits until the browser has followed it.
 * Returns the first response (the alias's own).
 */
export async function gotoSettled(page: Page, url: string): Promise<Awaited<ReturnType<Page['goto']>>> {
  const res = await page.goto(url);
  // Read from the response, not the page: the page may already be leaving.
  const body = res === null ? '' : await res.text().catch(() => '');
  if (/<meta http-equiv="refresh"/i.test(body)) {
    const start = new URL(url).pathname;
    await page.waitForURL((u) => u.pathname !== start, { waitUntil: 'load' });
  }
  return res;
}

/** The colour schemes every visual check runs in. */
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Starts the Debian Chromium the CI installs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh page in its own context (so colour scheme and viewport never leak between checks). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/**
 * Every `index.html` below `dir`, as the URL path that serves it (`/sweeps/x/`), sorted. Follows
 * links as a web server does: a sweep's folder and the aliases are links into the build's store.
 */
export function listPagePaths(dir: string): string[] {
  return listServedFiles(dir).filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length));
}

/** The sweep ids of a built site: its `sweeps/` folders, which are links into the build's store. */
export function listSweepIds(dir: string): string[] {
  const sweeps = path.join(dir, 'sweeps');
  return fs.readdirSync(sweeps).filter((name) => fs.statSync(path.join(sweeps, name)).isDirectory()).sort();
}

/** Every file below `dir` whose name ends with `suffix`, as a URL path, sorted; follows links too. */
export function listFilePaths(dir: string, suffix: string): string[] {
  return listServedFiles(dir).filter((f) => f.endsWith(suffix));
}

/**
 * Records everything that should never happen on a page: console errors, uncaught exceptions,
 * failed requests and HTTP error responses. The returned array fills as the page runs.
 */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception on ${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'unknown';
    // Leaving a page cancels its late requests (a font still loading): that is not a broken link.
    if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/** The `href` attribute of the first element matching `selector`; fails with the selector when none. */
export async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href', { timeout: 5_000 }).catch(() => null);
  if (href === null) throw new Error(`no link matching ${selector} on ${page.url()}`);
  return href;
}

/** First permanent cell page that shows both a trace and a terminal, read from the built files. */
export function findCellWithTraceAndTerminal(dir: string): string | null {
  const sweeps = path.join(dir, 'sweeps');
  for (const sweep of fs.readdirSync(sweeps).sort()) {
    const cells = path.join(sweeps, sweep, 'cell');
    if (!fs.existsSync(cells)) continue;
    for (const rel of (fs.readdirSync(cells, { recursive: true, encoding: 'utf8' }) as string[]).sort()) {
      if (!rel.endsWith('index.html')) continue;
      const html = fs.readFileSync(path.join(cells, rel), 'utf8');
      if (html.includes('<div class="trace"') && html.includes('<div class="cast"')) {
        return `/sweeps/${sweep}/cell/${path.dirname(rel).split(path.sep).join('/')}/`;
      }
    }
  }
  return null;
}

/** The page types the site has, in reading order. */
export const PAGE_TYPES = [
  'home', 'sweeps', 'sweep', 'config', 'cell', 'alias', 'tui', 'model', 'task', 'category',
  'compare-pair', 'compare-picker', 'failures', 'diff', 'config-history', 'search', 'validation',
  'methodology', 'glossary', 'data-format', 'cite', 'about', 'publish', 'deploy', 'not-found',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * One URL path per page type on the demo site, found by following links from the home page
 * (newest sweep -> first config -> first cell ...), so no slug is guessed.
 */
export async function discoverPageTypes(page: Page, origin: string, dir: string): Promise<Record<PageType, string>> {
  const visit = async (p: string): Promise<void> => {
    const res = await page.goto(origin + p);
    if (res?.status() !== 200) throw new Error(`${p} answered ${res?.status() ?? 'nothing'}`);
  };
  await visit('/');
  const sweep = await firstHref(page, 'main a[href^="/sweeps/"]:not([href="/sweeps/"])');
  await visit(sweep);
  const config = await firstHref(page, 'table.leaderboard tbody th[scope=row] > a');
  const diff = await firstHref(page, 'main a[href*="/diff/"]');
  const tui = await firstHref(page, 'main a[href*="/tui/"]');
  const model = await firstHref(page, 'main a[href*="/model/"]');
  const category = await firstHref(page, 'main a[href*="/category/"]');
  await visit(config);
  const firstCell = await firstHref(page, 'main a[href*="/cell/"]');
  const comparePair = await firstHref(page, 'main a[href*="/compare/"][href*="/vs/"]');
  const configHistory = await firstHref(page, 'main a[href^="/config/"]');
  await visit(firstCell);
  const task = await firstHref(page, 'main a[href*="/task/"]');
  await visit(category);
  const failures = await firstHref(page, 'main a[href$="/failures/"]');
  await visit(model);
  const comparePicker = await firstHref(page, 'main a[href$="/compare/"]');
  return {
    home: '/', sweeps: '/sweeps/', sweep, config, cell: findCellWithTraceAndTerminal(dir) ?? firstCell, alias: DEMO_ALIAS, tui, model, task, category,
    'compare-pair': comparePair, 'compare-picker': comparePicker, failures, diff, 'config-history': configHistory,
    search: '/search/', validation: '/validation/', methodology: '/methodology/', glossary: '/glossary/',
    'data-format': '/data-format/', cite: '/cite/', about: '/about/', publish: '/publish/', deploy: '/deploy/', 'not-found': '/404.html',
  };
}
