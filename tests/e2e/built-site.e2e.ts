import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPercent, formatScore } from '../../src/format/numbers.ts';
import { cellPath } from '../../src/urls/routes.ts';
import { launchBrowser, listSweepIds } from './helpers.ts';

const origin = inject('origin:demo');
const dir = inject('dir:demo');
const SITE = 'https://sweepsite.example';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface JsonRow { tui: string; model: string; pass_rate: number | null; score: number | null; rank: number | null }

describe('the demo leaderboards', () => {
  const sweeps = listSweepIds(dir);

  it.each(sweeps)('%s lists every config once, in rank order, with the numbers of leaderboard.json', async (sweep) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'sweeps', sweep, 'leaderboard.json'), 'utf8')) as { rows: JsonRow[] };
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${origin}/sweeps/${sweep}/`);
    const rows = await page.$$eval('table.leaderboard tbody tr', (trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        return { config: tr.querySelector('th a')?.textContent ?? '', pass: cells[1] ?? '', composite: cells[2] ?? '' };
      }),
    );
    await page.close();
    expect(rows.map((r) => r.config)).toEqual(json.rows.map((r) => `${r.tui} × ${r.model}`));
    expect(new Set(rows.map((r) => r.config)).size).toBe(rows.length);
    const ranks = json.rows.map((r) => r.rank ?? Number.POSITIVE_INFINITY);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    json.rows.forEach((r, i) => {
      const shown = rows[i];
      expect(shown?.pass.startsWith(r.pass_rate === null ? '—' : formatPercent(r.pass_rate)), `${shown?.config} pass`).toBe(true);
      expect(shown?.composite.startsWith(r.score === null ? '—' : formatScore(r.score)), `${shown?.config} score`).toBe(true);
    });
  });

  it('publishes leaderboard.csv with tui, model and pass_rate columns for every sweep', () => {
    for (const sweep of sweeps) {
      const header = fs.readFileSync(path.join(dir, 'sweeps', sweep, 'leaderboard.csv'), 'utf8').split('\r\n')[0] ?? '';
      expect(header.split(','), sweep).toEqual(expect.arrayContaining(['tui', 'model', 'pass_rate']));
    }
  });
});

describe('share metadata', () => {
  it('every og:image points at a file that exists in the build', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of fg.sync('**/index.html', { cwd: dir })) {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (image === undefined) continue;
      checked++;
      const local = path.join(dir, decodeURI(image.replace(SITE, '')));
      if (!fs.existsSync(local)) missing.push(`${file} -> ${image}`);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it('every page has a title, a description and a canonical link; every redirect page a title and a canonical link', () => {
    const bad = fg.sync('**/index.html', { cwd: dir }).filter((file) => {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      if (/<meta http-equiv="refresh"/.test(html)) return !/<title>[^<]+<\/title>/.test(html) || !/<link rel="canonical" href="https:\/\//.test(html);
      return !/<title>[^<]+<\/title>/.test(html) || !/<meta name="description" content="[^"]+"/.test(html) || !/<link rel="canonical" href="https:\/\//.test(html);
    });
    expect(bad).toEqual([]);
  });
});

describe('search', () => {
  it('finds cells and configs by model name and offers the facet filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    await page.waitForSelector('#search-query', { state: 'visible', timeout: 15_000 });
    await page.fill('#search-query', 'llama-3.3-70b-instruct');
    await page.waitForSelector('.search-result-title', { timeout: 15_000 });
    const links = await page.$$eval('.search-result-title', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    const filters = await page.$$eval('.search-facet summary', (els) => els.map((e) => e.textContent?.trim().toLowerCase() ?? ''));
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('/sweeps/'))).toBe(true);
    expect(filters).toEqual(['type', 'sweep', 'cli', 'model', 'category', 'outcome']);
  });
});

describe('search records of cells run several times', () => {
  interface Row { tui: string; model: string; task: string; attempt: number; outcome: string }
  const read = (site: string): string => fs.readFileSync(path.join(dir, site), 'utf8');
  const filtersOf = (html: string, key: string): string[] => [...html.matchAll(new RegExp(`data-pagefind-filter="${key}:([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

  it('index a cell once, on its first run, filtered by the outcome of every run', () => {
    const later = fg.sync('sweeps/*/cell/**/run-*/index.html', { cwd: dir }).sort();
    expect(later.length).toBeGreaterThan(0);
    for (const site of later) {
      expect(read(site), site).not.toContain('data-pagefind-body');
      expect(read(site.replace(/run-\d+\/index\.html$/, 'index.html')), site).toContain('data-pagefind-body');
    }
    const sweep = later[0]?.split('/')[1] ?? '';
    const rows = (JSON.parse(read(`sweeps/${sweep}/cells.json`)) as { rows: Row[] }).rows;
    const positions = Map.groupBy(rows, (r) => `${r.tui}\n${r.model}\n${r.task}`);
    const rerun = [...positions.values()].filter((runs) => runs.length > 1);
    expect(rerun.length).toBeGreaterThan(0);
    for (const runs of rerun) {
      const first = runs.reduce((a, b) => (b.attempt < a.attempt ? b : a));
      const html = read(`${cellPath({ sweepId: sweep, ...first })}index.html`);
      expect(filtersOf(html, 'outcome').sort()).toEqual([...new Set(runs.map((r) => r.outcome))].sort());
      // The result's text says which run it is, since the other runs have no result of their own.
      expect(html).toMatch(new RegExp(`<meta name="description" content="[^"]*; run ${first?.attempt} of ${runs.length}\\)\\."`));
    }
  });
});

describe('leaderboard filters', () => {
  it('filters rows by CLI and keeps the choice in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/sweeps/cab-20260812/`);
    await page.selectOption('select[data-filter-key="tui"]', 'aider');
    const visible = await page.$$eval('table.leaderboard tbody tr:not([hidden])', (trs) => trs.map((tr) => (tr as HTMLElement).dataset['tui']));
    const url = page.url();
    await page.goto(url);
    const afterReload = await page.$$eval('table.leaderboard tbody tr:not([hidden])', (trs) => trs.length);
    await page.close();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((t) => t === 'aider')).toBe(true);
    expect(url).toContain('tui=aider');
    expect(afterReload).toBe(visible.length);
  });
});
