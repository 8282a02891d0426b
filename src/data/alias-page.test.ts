import { expect, it } from 'vitest';
import type { CellEntry } from './archive.ts';
import { aliasHtml } from './alias-page.ts';

const entry = { path: '/sweeps/s-1/cell/t/v/m/c/k/', sweep: { id: 's-1' } } as unknown as CellEntry;

it('adds the newest-sweep banner, keeps the canonical link and leaves the page out of search', () => {
  const page = '<head><link rel="canonical" href="https://x.example/sweeps/s-1/cell/t/v/m/c/k/"></head><main id="main" data-pagefind-body><span hidden data-pagefind-filter="type:cell"></span><h1>t</h1></main>';
  const alias = aliasHtml(page, entry, 'https://x.example');
  expect(alias).toContain('<link rel="canonical" href="https://x.example/sweeps/s-1/cell/t/v/m/c/k/">');
  expect(alias).toContain('<main id="main"><div class="banner" role="note"><strong>This address always shows the newest sweep that ran this cell: s-1.</strong>');
  expect(alias).toContain('<a href="/sweeps/s-1/cell/t/v/m/c/k/">https://x.example/sweeps/s-1/cell/t/v/m/c/k/</a>');
  expect(alias).not.toContain('data-pagefind');
});

it('refuses a page without the main landmark rather than writing a broken alias', () => {
  expect(() => aliasHtml('<body></body>', entry)).toThrow(/no <main/);
});
