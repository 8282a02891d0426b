// Keyboard only: Tab must reach every visible control, the skip link must come first and work,
// and the focused element must always show a focus ring.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstHref, gotoSettled, launchBrowser, recordProblems } from './helpers.ts';

const origin = inject('origin:demo');
/** The demo sweep whose cells carry spans (a trace waterfall with replay controls). */
const SPAN_SWEEP = '/sweeps/cab-20260812/';
const INTERACTIVE = 'a[href], button:not([hidden]), input:not([type="hidden"]), select, summary, [tabindex="0"]';
const MAX_TABS = 1500;

interface FocusStop { id: string; label: string; outline: string }
interface TabWalk { stops: FocusStop[]; unreached: string[]; candidates: number }

let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = recordProblems(page);
});
afterAll(async () => {
  await browser.close();
});

/**
 * Marks every visible interactive element, then presses Tab until focus leaves the page (or
 * MAX_TABS), recording each element that received focus and its computed outline.
 */
async function tabThrough(): Promise<TabWalk> {
  const candidates = await page.evaluate((selector) => {
    const log: Array<{ id: string; label: string; outline: string }> = [];
    (window as unknown as { __focusLog: typeof log }).__focusLog = log;
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (!el.checkVisibility({ visibilityProperty: true }) || box.width === 0 || box.height === 0) continue;
      // A radio group is one Tab stop (its checked button); arrow keys move within it.
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`) !== null) continue;
      el.dataset['kb'] = String(n++);
    }
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`;
      log.push({ id: el.dataset['kb'] ?? `unlisted ${el.tagName.toLowerCase()}.${el.className}`, label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`, outline });
    });
    return n;
  }, INTERACTIVE);
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const left = await page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
    if (left && i > 0) break;
  }
  const stops = await page.evaluate(() => (window as unknown as { __focusLog: FocusStop[] }).__focusLog);
  const reached = new Set(stops.map((s) => s.id));
  const unreached = await page.evaluate((ids) => [...document.querySelectorAll<HTMLElement>('[data-kb]')]
    .filter((el) => !ids.includes(el.dataset['kb'] ?? ''))
    .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`), [...reached]);
  return { stops, unreached, candidates };
}

async function checkPage(url: string): Promise<TabWalk> {
  await gotoSettled(page, origin + url);
  await page.waitForLoadState('load');
  const walk = await tabThrough();
  expect(walk.candidates, `interactive elements on ${url}`).toBeGreaterThan(5);
  expect(walk.stops.length, `Tab presses ran out on ${url}`).toBeLessThan(MAX_TABS);
  expect(walk.stops[0]?.label, 'first Tab stop').toMatch(/^a "Skip to main content"/);
  expect(walk.unreached, `never focused on ${url}`).toEqual([]);
  expect(walk.stops.filter((s) => s.outline === 'none').map((s) => s.label), `focus without an outline on ${url}`).toEqual([]);
  return walk;
}

async function checkSkipLink(url: string): Promise<void> {
  await gotoSettled(page, origin + url);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip');
  await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  const box = await skip.boundingBox();
  expect(box !== null && box.x >= 0 && box.y >= 0, 'skip link on screen when focused').toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false);
  expect(inMain, 'Tab after the skip link lands inside main').toBe(true);
}

describe('keyboard only', () => {
  it('reaches every control on the leaderboard, with a visible focus ring', async () => {
    const walk = await checkPage(SPAN_SWEEP);
    // The sort island turns the headers into buttons; they must be in the tab order.
    expect(walk.stops.some((s) => s.label.startsWith('button "Pass rate'))).toBe(true);
    // The comparison's row boxes, the column choice and the frontier's axis choice are reachable too.
    expect(walk.stops.filter((s) => s.label.startsWith('input')).length).toBeGreaterThan(35);
    await checkSkipLink(SPAN_SWEEP);
    expect(problems).toEqual([]);
  });

  it('reaches every control on a cell page with a trace, with a visible focus ring', async () => {
    await page.goto(origin + SPAN_SWEEP);
    await page.goto(origin + (await firstHref(page, 'table.leaderboard tbody th[scope=row] > a')));
    const cell = await firstHref(page, 'main a[href*="/cell/"]');
    await page.goto(origin + cell);
    await expect(page.locator('.trace .replay.ready').count(), 'trace replay controls').resolves.toBe(1);
    const walk = await checkPage(cell);
    expect(walk.stops.some((s) => s.label.startsWith('button "Play'))).toBe(true);
    expect(walk.stops.some((s) => s.label.startsWith('summary'))).toBe(true);
    await checkSkipLink(cell);
    expect(problems).toEqual([]);
  });

  // Negative control: the walk must notice a control Tab skips and a focus ring that was removed.
  it('notices an unreachable link and a missing focus ring', async () => {
    await page.goto(`${origin}/glossary/`);
    await page.addStyleTag({ content: '.site-header a:focus-visible { outline: none !important; }' });
    await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), { href: '/nowhere/', textContent: 'unreachable link', tabIndex: -1 });
      document.querySelector('main')?.prepend(a);
    });
    const walk = await tabThrough();
    expect(walk.unreached).toEqual([expect.stringContaining('unreachable link')]);
    expect(walk.stops.filter((s) => s.outline === 'none').length).toBeGreaterThan(0);
  });
});
