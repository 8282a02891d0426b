// Full-page screenshots of one page of every type at desktop and phone widths, light and dark,
// into tests/e2e/artifacts/ for review (CI keeps them). Also fails on sideways page scrolling.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS_DIR, discoverPageTypes, gotoSettled, launchBrowser, PAGE_TYPES, recordProblems, SCHEMES, type PageType, type Scheme } from './helpers.ts';

const origin = inject('origin:demo');
const dir = inject('dir:demo');
const WIDTHS = [1280, 390] as const;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Variant { width: number; scheme: Scheme; page: Page; problems: string[] }

let browser: Browser;
const variants: Variant[] = [];
let urls: Record<PageType, string>;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  browser = await launchBrowser();
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      variants.push({ width, scheme, page, problems: recordProblems(page) });
    }
  }
  urls = await discoverPageTypes(variants[0]?.page as Page, origin, dir);
});
afterAll(async () => {
  await browser.close();
});

/** Loads `url`, waits for fonts, saves a full-page PNG and returns its file and the page's sideways overflow. */
async function shoot(v: Variant, type: PageType, url: string): Promise<{ file: string; overflow: number }> {
  await gotoSettled(v.page, origin + url);
  await v.page.evaluate(() => document.fonts.ready.then(() => undefined));
  const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const file = path.join(ARTIFACTS_DIR, `${type}-${v.width}-${v.scheme}.png`);
  await v.page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return { file, overflow };
}

describe('screenshots', () => {
  it.each(PAGE_TYPES)('%s page renders at every width and scheme', async (type) => {
    const shots = await Promise.all(variants.map((v) => shoot(v, type, urls[type])));
    for (const [i, shot] of shots.entries()) {
      const v = variants[i] as Variant;
      const png = fs.readFileSync(shot.file);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), shot.file).toBe(true);
      expect(shot.overflow, `${urls[type]} scrolls sideways at ${v.width}px (${v.scheme})`).toBeLessThanOrEqual(0);
      expect(png.readUInt32BE(16), `${shot.file} width`).toBe(v.width);
      expect(v.problems, `${urls[type]} at ${v.width}px (${v.scheme})`).toEqual([]);
    }
  });
});
