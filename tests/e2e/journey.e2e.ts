// A reader's path through the demo site, by clicking links only, with nothing going wrong on the
// way: no console errors, no uncaught exceptions, no failed or 4xx/5xx requests.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ALIAS, gotoSettled, launchBrowser, recordProblems } from './helpers.ts';

const origin = inject('origin:demo');

let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  problems = recordProblems(page);
});
afterAll(async () => {
  await browser.close();
});

/** Clicks the first link matching `selector` and waits until its page has loaded. */
async function follow(selector: string): Promise<string> {
  const link = page.locator(selector).first();
  const href = await link.getAttribute('href');
  if (href === null) throw new Error(`no link matching ${selector} on ${page.url()}`);
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await page.waitForURL(new URL(href, page.url()).href);
  await page.waitForLoadState('load');
  return href;
}

/** The pass-rate sort keys of the leaderboard rows, in the order they are shown. */
function passOrder(): Promise<number[]> {
  return page.locator('table.leaderboard tbody tr').evaluateAll((rows) =>
    rows.map((r) => (JSON.parse((r as HTMLElement).dataset['sort'] ?? '{}') as { pass?: number }).pass ?? Number.NaN));
}

describe('reader journey on the demo site', () => {
  it('goes home -> newest sweep -> config -> cell -> badge -> compare without an error', async () => {
    await page.goto(`${origin}/`);
    const sweep = await follow('main h2 a[href^="/sweeps/"]');
    expect(sweep).toMatch(/^\/sweeps\/[^/]+\/$/);
    await expect(page.locator('table.leaderboard tbody tr').count()).resolves.toBeGreaterThan(1);

    const config = await follow('table.leaderboard tbody th[scope=row] > a');
    expect(config).toContain(`${sweep}config/`);

    const cell = await follow('main a[href*="/cell/"]');
    expect(cell).toContain(`${sweep}cell/`);
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);

    const badge = page.locator('main img[src*="/badge/"]').first();
    await badge.scrollIntoViewIfNeeded();
    await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete, await badge.elementHandle());
    expect(await badge.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await badge.getAttribute('alt')).toMatch(/\S/);

    await follow(`nav[aria-label="Breadcrumb"] a[href="${config}"]`);
    const pair = await follow('main a[href*="/compare/"][href*="/vs/"]');
    expect(pair).toContain(`${sweep}compare/`);
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);

    expect(problems).toEqual([]);
  });

  it('sends the short cell address on to the permanent one, which names itself canonical', async () => {
    const res = await gotoSettled(page, origin + DEMO_ALIAS);
    expect(res?.status()).toBe(200);
    const permanent = new URL(page.url()).pathname;
    expect(permanent).toMatch(new RegExp(`^/sweeps/[^/]+${DEMO_ALIAS.replace(/\./g, '\\.')}$`));
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(permanent);
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });

  it('serves the short badge address and the leaderboard CSV', async () => {
    const badge = await page.request.get(`${origin}/badge/openhands/meta/llama-3.3-70b-instruct/mutations/rust-error-negated.svg`);
    expect(badge.status()).toBe(200);
    expect(badge.headers()['content-type']).toContain('image/svg+xml');
    expect((await badge.text()).trimStart()).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);

    const csv = await page.request.get(`${origin}/sweeps/free-20260527/leaderboard.csv`);
    expect(csv.status()).toBe(200);
    const [header = '', firstRow = ''] = (await csv.text()).split(/\r?\n/);
    expect(header.split(',')).toEqual(expect.arrayContaining(['tui', 'model', 'pass_rate']));
    expect(firstRow.split(',').length).toBe(header.split(',').length);
  });

  it('sorts the leaderboard by pass rate and keeps the sort in the URL', async () => {
    await page.goto(`${origin}/`);
    await follow('main h2 a[href^="/sweeps/"]');
    const header = page.locator('table.leaderboard th[data-col="pass"] button');
    await header.waitFor();

    await header.click();
    await page.waitForURL(/[?&]sort=pass/);
    const desc = await passOrder();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(await page.locator('table.leaderboard th[data-col="pass"]').getAttribute('aria-sort')).toBe('descending');

    await header.click();
    await page.waitForURL(/[?&]dir=asc/);
    const asc = await passOrder();
    expect(asc).toEqual([...desc].sort((a, b) => a - b));
    expect(asc).not.toEqual(desc);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('pass');

    // A shared link opens in the same order.
    await page.reload();
    await page.locator('table.leaderboard th[data-col="pass"] button').waitFor();
    expect(await passOrder()).toEqual(asc);
    expect(problems).toEqual([]);
  });

  it('ranks by one category from the category filter, showing that column only', async () => {
    await page.goto(`${origin}/sweeps/cab-20260812/`);
    const select = page.locator('select[data-category]');
    const index = await select.locator('option:nth-child(3)').getAttribute('data-index');
    await select.selectOption({ index: 2 });
    await page.waitForURL(/[?&]category=/);
    const keys = await page.locator('table.leaderboard tbody tr').evaluateAll((rows, i) =>
      rows.map((r) => (JSON.parse((r as HTMLElement).dataset['sort'] ?? '{}') as Record<string, number>)[`cat${i}`] ?? Number.NaN), index);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    await expect(page.locator(`table.leaderboard th[data-cat="${index}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator('table.leaderboard th.lb-cat:visible').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it('compares ticked rows side by side from the inlined data, and links two to their head-to-head page', async () => {
    const requests: string[] = [];
    // The browser asks for the page's icon again when the comparison writes the address; that is not the comparison fetching data.
    page.on('request', (r) => {
      if (new URL(r.url()).pathname !== '/favicon.svg') requests.push(r.url());
    });
    await page.goto(`${origin}/sweeps/cab-20260812/`);
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    const boxes = page.locator('input[data-pick]');
    await boxes.nth(0).check();
    await expect(page.locator('[data-compare-count]').textContent()).resolves.toMatch(/^1 config selected/);
    // Ranks 1 and 5 of the demo sweep share a model (qwen3-coder), so the site builds their head-to-head page.
    await boxes.nth(4).check();
    await expect(page.locator('[data-compare-count]').textContent()).resolves.toBe('2 configs selected.');
    const columns = await page.locator('.lb-compare-table thead th a').allTextContents();
    expect(columns).toHaveLength(2);
    expect(await page.locator('.lb-compare-table tbody th').first().textContent()).toBe('Rank');
    await boxes.nth(9).check();
    await expect(page.locator('.lb-compare-table thead th a').count()).resolves.toBe(3);
    await expect(page.locator('.lb-compare [data-compare-pair] a').count()).resolves.toBe(0);
    expect(requests, 'the comparison fetches nothing').toEqual([]);

    await boxes.nth(9).uncheck();
    expect(new URL(page.url()).searchParams.getAll('compare')).toHaveLength(2);
    const pair = await follow('.lb-compare [data-compare-pair] a');
    expect(pair).toMatch(/^\/sweeps\/cab-20260812\/compare\/.+\/vs\/.+\/$/);
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
  });
});
