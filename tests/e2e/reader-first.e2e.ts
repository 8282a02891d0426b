// What a reader sees first: a cell page states its verdict in the first screen of a phone, for
// every kind of run; leaderboard rows stay within two lines at desktop width; no page of any
// type scrolls sideways at desktop or phone width.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cellPath } from '../../src/urls/routes.ts';
import { discoverPageTypes, launchBrowser, listSweepIds, openPage, PAGE_TYPES, type PageType, gotoSettled } from './helpers.ts';

const origin = inject('origin:demo');
const dir = inject('dir:demo');

let browser: Browser;
let phone: Page;
let desktop: Page;
let urls: Record<PageType, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
  desktop = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  urls = await discoverPageTypes(desktop, origin, dir);
});
afterAll(async () => {
  await browser.close();
});

interface CellRow { cell_id: string; sweep_id: string; tui: string; model: string; task: string; attempt: number; outcome: string; failure_mode: string | null; trap: boolean }

/** Every run of the demo archive, from the sweeps' own cells.json downloads. */
function demoRuns(): CellRow[] {
  return listSweepIds(dir).flatMap((id) => (JSON.parse(fs.readFileSync(path.join(dir, 'sweeps', id, 'cells.json'), 'utf8')) as { rows: CellRow[] }).rows);
}

/** One run of each kind a reader must recognise at once, with the headline its page must show. */
function runsToCheck(): Array<[string, string, string]> {
  const runs = demoRuns();
  const pick = (what: string, headline: string, test: (r: CellRow) => boolean): [string, string, string] => {
    const run = runs.find(test);
    if (run === undefined) throw new Error(`the demo archive has no ${what} run`);
    return [what, cellPath({ sweepId: run.sweep_id, tui: run.tui, model: run.model, task: run.task, attempt: run.attempt }), headline];
  };
  return [
    pick('pass', 'Passed', (r) => r.outcome === 'pass' && !r.trap),
    pick('fail', 'Failed', (r) => r.outcome === 'fail' && r.failure_mode === 'test-failure'),
    pick('timeout', 'Timed out', (r) => r.outcome === 'timeout'),
    pick('infra', 'Not scored', (r) => r.outcome === 'infra'),
    pick('correct refusal', 'Refused correctly', (r) => r.outcome === 'pass' && r.trap),
    pick('missed refusal', 'Missed the refusal', (r) => r.failure_mode === 'missed-refusal'),
    pick('rerun', '', (r) => r.attempt === 2),
  ];
}

describe('a cell page says its verdict in the first screen of a phone', () => {
  it.each(runsToCheck())('%s run (%s)', async (_, url, headline) => {
    const res = await phone.goto(origin + url);
    expect(res?.status()).toBe(200);
    const pill = phone.locator('.verdict .verdict-pill');
    const text = (await pill.textContent())?.trim() ?? '';
    if (headline !== '') expect(text).toBe(headline);
    else expect(text).toMatch(/^(Passed|Failed|Timed out|Refused correctly|Missed the refusal|Refused a legitimate task|Not scored)$/);
    const box = await pill.boundingBox();
    expect(box, 'the verdict pill is drawn').not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0), 'the verdict is above the fold').toBeLessThanOrEqual(844);
    // The score, or "not scored", sits beside it in the same first screen.
    const score = await phone.locator('.verdict .verdict-score').boundingBox();
    expect((score?.y ?? Infinity) + (score?.height ?? 0)).toBeLessThanOrEqual(844);
    if (url.includes('/run-2/')) expect(await phone.locator('.verdict-runs a').count(), 'a rerun shows its run strip').toBeGreaterThan(1);
  });
});

describe('the leaderboard reads at a glance', () => {
  it('at 1280 px it fits without sideways scrolling and no row is taller than two lines', async () => {
    await desktop.goto(`${origin}${urls.sweep}`);
    const m = await desktop.evaluate(() => {
      const table = document.querySelector('table.leaderboard') as HTMLTableElement;
      const wrap = table.parentElement as HTMLElement;
      const rows = [...table.tBodies[0]!.rows];
      const cellLine = (r: HTMLTableRowElement): number => Math.max(...[...r.cells].map((c) => parseFloat(getComputedStyle(c).lineHeight) || 0));
      const pad = (r: HTMLTableRowElement): number => Math.max(...[...r.cells].map((c) => parseFloat(getComputedStyle(c).paddingTop) + parseFloat(getComputedStyle(c).paddingBottom)));
      return {
        overflow: wrap.scrollWidth - wrap.clientWidth,
        tallest: Math.max(...rows.map((r) => r.getBoundingClientRect().height - pad(r) - 2 * cellLine(r))),
        rows: rows.length,
      };
    });
    expect(m.rows).toBeGreaterThan(20);
    expect(m.overflow).toBeLessThanOrEqual(0);
    // Two lines of the tallest text in the row plus its padding, with a pixel for borders and rounding.
    expect(m.tallest).toBeLessThanOrEqual(2);
  });

  it('at 390 px every row shows rank, config, pass rate with its interval, and score', async () => {
    await phone.goto(`${origin}${urls.sweep}`);
    const shown = await phone.evaluate(() => {
      const row = document.querySelector('table.leaderboard tbody tr') as HTMLTableRowElement;
      const visible = (el: Element | null): boolean => el !== null && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().right <= window.innerWidth;
      const text = row.innerText;
      return { rank: /\b1\b/.test(text), config: visible(row.querySelector('th[scope=row] a')), pass: /\d+%/.test(text) && /\d+%–\d+%/.test(text), score: /0\.\d{3}/.test(text), fits: row.getBoundingClientRect().right <= window.innerWidth };
    });
    expect(shown).toEqual({ rank: true, config: true, pass: true, score: true, fits: true });
  });
});

describe('no page scrolls sideways', () => {
  it.each(PAGE_TYPES)('%s page at 1280 and 390 px', async (type) => {
    for (const page of [desktop, phone]) {
      await gotoSettled(page, origin + urls[type]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${urls[type]} at ${page.viewportSize()?.width ?? 0} px`).toBeLessThanOrEqual(0);
    }
  });
});
