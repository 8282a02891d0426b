// The search page on the demo site, as a reader types: an id finds its own page first, outcome
// words find cells, filters use the site's names, the keyboard reaches everything, and axe finds
// nothing wrong in light or dark.
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, recordProblems, SCHEMES } from './helpers.ts';

const origin = inject('origin:demo');
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  problems = recordProblems(page);
});
afterAll(async () => {
  await browser.close();
});

/** Opens the search page and waits until its box is ready. */
async function openSearch(p: Page, query = ''): Promise<void> {
  await p.goto(`${origin}/search/${query === '' ? '' : `?q=${encodeURIComponent(query)}`}`);
  await p.getByLabel('Search the archive').waitFor({ state: 'visible', timeout: 15_000 });
}

/** Opens the filter named `name` (filters start closed). */
async function openFacet(p: Page, name: string): Promise<void> {
  await p.locator('.search-facet summary', { hasText: name }).first().click();
}

/** Types `query` as a reader would and returns the addresses of the results shown, in order. */
async function searchFor(query: string): Promise<string[]> {
  await openSearch(page);
  await page.getByLabel('Search the archive').pressSequentially(query, { delay: 10 });
  await page.locator('[data-search-status]', { hasText: `for “${query}”` }).waitFor({ timeout: 15_000 });
  return page.locator('.search-result a.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('search finds what people type', () => {
  it('rust-error-negated: its task page first', async () => {
    const links = await searchFor('rust-error-negated');
    expect(links[0]).toMatch(/^\/sweeps\/[^/]+\/task\/mutations\/rust-error-negated\/$/);
    expect(links.some((l) => l.includes('/cell/'))).toBe(true);
  });

  it('aider: the CLI page first; kimi-k2: the model page first', async () => {
    expect((await searchFor('aider'))[0]).toMatch(/^\/sweeps\/[^/]+\/tui\/aider\/$/);
    expect((await searchFor('kimi-k2'))[0]).toMatch(/^\/sweeps\/[^/]+\/model\/moonshotai\/kimi-k2-instruct\/$/);
  });

  it('kimi: a config or model page first, and every config and model page before the first head-to-head', async () => {
    const links = await searchFor('kimi');
    expect(links[0]).toMatch(/\/(config|model)\//);
    const firstCompare = links.findIndex((l) => l.includes('/compare/'));
    const lastOwn = links.findLastIndex((l) => /\/(config|model)\//.test(l));
    expect(firstCompare === -1 || lastOwn < firstCompare).toBe(true);
  });

  it('timeout: cells that timed out, saying so', async () => {
    const links = await searchFor('timeout');
    expect(links.some((l) => l.includes('/cell/'))).toBe(true);
    await expect(page.locator('.search-result', { hasText: 'Timed out' }).count()).resolves.toBeGreaterThan(0);
  });

  it.each(['not scored', 'no-change', 'missed-refusal', 'harness'])('%s: at least one cell', async (query) => {
    expect((await searchFor(query)).some((l) => l.includes('/cell/'))).toBe(true);
  });
});

describe('filters', () => {
  it('say CLI, never Tui, and label each choice in the site’s words', async () => {
    await openSearch(page);
    const names = await page.locator('.search-facet summary').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(['Type', 'Sweep', 'CLI', 'Model', 'Category', 'Outcome']);
    const text = await page.locator('[data-search-facets]').textContent();
    expect(text).not.toMatch(/\btui\b/i);
    expect(text).toContain('Timed out');
    await openFacet(page, 'CLI');
    await expect(page.getByRole('group', { name: 'CLI' }).getByRole('checkbox', { name: /^aider\b/ }).count()).resolves.toBe(1);
  });

  it('narrow the results, and the address keeps the choice', async () => {
    await openSearch(page, 'kimi');
    await page.locator('[data-search-status]', { hasText: 'for “kimi”' }).waitFor({ timeout: 15_000 });
    await openFacet(page, 'Type');
    await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Cell\b/ }).check();
    await page.locator('[data-search-status]', { hasText: 'with the chosen filters' }).waitFor({ timeout: 15_000 });
    const links = await page.locator('.search-result a.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.includes('/cell/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['cell']);
    await expect(page.locator('.search-facet summary', { hasText: 'Type' }).textContent()).resolves.toContain('1 chosen');
    // A chosen filter starts open after a reload.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Cell\b/ }).isChecked({ timeout: 15_000 })).resolves.toBe(true);
  });
});

describe('with the keyboard only', () => {
  it('a reader types, tabs to the first result and opens it', async () => {
    await openSearch(page);
    await page.getByLabel('Search the archive').focus();
    await page.keyboard.type('rust-error-negated');
    await page.keyboard.press('Enter');
    await page.locator('[data-search-status]', { hasText: 'for “rust-error-negated”' }).waitFor({ timeout: 15_000 });
    const first = await page.locator('.search-result a').first().getAttribute('href');
    // From the box past the six filter headings (filters start closed) to the first result.
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('search-result-title'))) break;
    }
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}${first ?? ''}`);
  });

  it('"Show more results" moves focus to the first new result', async () => {
    await openSearch(page, 'kimi');
    const more = page.getByRole('button', { name: 'Show more results' });
    await more.waitFor({ state: 'visible', timeout: 15_000 });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('.search-result').nth(10).waitFor();
    await expect(page.evaluate(() => [...document.querySelectorAll('.search-result a')].indexOf(document.activeElement as Element))).resolves.toBe(10);
  });
});

describe('accessibility', () => {
  it.each(SCHEMES)('axe finds no violation of any impact with results and filters open, %s', async (scheme) => {
    const p = await openPage(browser, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await openSearch(p, 'timeout');
    await p.locator('[data-search-status]', { hasText: 'for “timeout”' }).waitFor({ timeout: 15_000 });
    await p.locator('.search-facet').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await p.addScriptTag({ path: AXE });
    const violations = await p.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    await p.context().close();
    expect(violations).toEqual([]);
  });

  it('ran without console errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
