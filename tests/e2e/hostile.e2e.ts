// The hostile corpus: every free-text field carries a payload that sets window.__pwned or opens a
// dialog if it ever runs. Every page must show the payloads as text and never execute them.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, listFilePaths, listPagePaths, recordProblems, gotoSettled } from './helpers.ts';

const origin = inject('origin:hostile');
const dir = inject('dir:hostile');
const pages = listPagePaths(dir);
const badges = listFilePaths(dir, '.svg');
/** The cell written by scripts/make-hostile-archive.ts with a payload in every field. */
const PAYLOAD_CELL = '/sweeps/hostile-20260901/cell/evil-cli/evil-vendor/model-x/traps/xss-everywhere/';

let browser: Browser;
let page: Page;
let problems: string[];
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  problems = recordProblems(page);
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser.close();
});

/** Everything on the loaded page that shows a payload got into the DOM as markup, or ran. */
async function findInjections(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found: string[] = [];
    const show = (el: Element): string => el.outerHTML.slice(0, 120);
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned is set');
    for (const s of document.querySelectorAll('script')) {
      const src = s.getAttribute('src') ?? '';
      // The site's own bundles, and Pagefind's UI that the search page loads from this origin.
      const bundle = s.type === 'module' && src.startsWith('/_astro/');
      const search = src !== '' && new URL(src, location.href).origin === location.origin && new URL(src, location.href).pathname.startsWith('/pagefind/');
      const own = (bundle || search) && s.textContent === '';
      // Data the page inlines for an island (the leaderboard's comparison): a JSON script never runs, and must parse whole.
      let data = false;
      try {
        data = s.type === 'application/json' && src === '' && s.hasAttribute('data-compare-json') && typeof JSON.parse(s.textContent ?? '') === 'object';
      } catch {
        data = false;
      }
      if (!own && !data) found.push(`foreign script: ${show(s)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (attr.name.toLowerCase().startsWith('on')) found.push(`inline handler ${attr.name}: ${show(el)}`);
      }
    }
    for (const a of document.querySelectorAll('a[href]')) {
      if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) found.push(`javascript: link: ${show(a)}`);
    }
    for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i]')) found.push(`embedding element: ${show(el)}`);
    return found;
  });
}

async function visit(p: Page, url: string): Promise<void> {
  // An alias is the site's own small redirect page: what a reader sees is the page it leads to.
  const res = await gotoSettled(p, url);
  expect(res?.status(), url).toBe(200);
  // Let fonts finish and give error/load handlers of anything that slipped through a moment to fire.
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
  await p.waitForTimeout(50);
}

describe('hostile corpus', () => {
  it('lists the pages it checks', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain(PAYLOAD_CELL);
  });

  it.each(pages)('%s runs no payload', async (p) => {
    dialogs.length = 0;
    problems.length = 0;
    await visit(page, origin + p);
    expect(await findInjections(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    // The islands must survive hostile data too, and no payload URL may have been requested.
    expect(problems).toEqual([]);
  });

  it('shows the payloads as text on the payload cell page', async () => {
    await visit(page, origin + PAYLOAD_CELL);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('<script>window.__pwned');
    expect(text).toContain('"><img src=x onerror="window.__pwned=1">');
    expect(text).toContain('</style><style>body{display:none!important}</style>');
    expect(await page.locator('main h1').first().isVisible()).toBe(true);
  });

  it('serves badges that parse as SVG with nothing executable in them', async () => {
    expect(badges.some((b) => b.startsWith('/sweeps/hostile-20260901/badge/'))).toBe(true);
    await visit(page, `${origin}/`);
    const problems = await page.evaluate(async (paths) => {
      const out: string[] = [];
      for (const p of paths) {
        const res = await fetch(p);
        if (!res.ok) { out.push(`${p}: HTTP ${res.status}`); continue; }
        const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
        if (doc.querySelector('parsererror') !== null) out.push(`${p}: not well-formed XML`);
        else if (doc.documentElement.localName !== 'svg') out.push(`${p}: root is <${doc.documentElement.localName}>`);
        if (doc.querySelector('script, foreignObject') !== null) out.push(`${p}: has script or foreignObject`);
        for (const el of doc.querySelectorAll('*')) {
          for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) out.push(`${p}: ${a.name} on <${el.localName}>`);
        }
      }
      return out;
    }, badges);
    expect(problems).toEqual([]);
  });

  // Negative control: the same checks on a tampered copy of a real page must find every injection,
  // so a checker that silently passes everything fails here.
  it('detects payloads that do get through (tampered copy of a real page)', async () => {
    const html = fs.readFileSync(path.join(dir, PAYLOAD_CELL, 'index.html'), 'utf8')
      .replace(/<main id="main"[^>]*>/, '<main id="main"><img src="x" onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a><script>alert(2)</script>')
      .replace('</main>', '<svg onload="window.__pwned=2"></svg></main>');
    const tampered = `${origin}/__tampered__/`;
    const probe = await browser.newPage();
    const seen: string[] = [];
    probe.on('dialog', (d) => { seen.push(d.message()); void d.dismiss(); });
    await probe.route(tampered, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await visit(probe, tampered);
    const found = await findInjections(probe);
    await probe.close();
    expect(found.some((f) => f.startsWith('window.__pwned'))).toBe(true);
    expect(found.some((f) => f.startsWith('foreign script'))).toBe(true);
    expect(found.filter((f) => f.startsWith('inline handler')).length).toBeGreaterThanOrEqual(2);
    expect(found.some((f) => f.startsWith('javascript: link'))).toBe(true);
    expect(seen).toEqual(['2']);
  });
});
