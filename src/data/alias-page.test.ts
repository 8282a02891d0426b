import { expect, it } from 'vitest';
import type { CellEntry } from './archive.ts';
import { aliasHtml } from './alias-page.ts';

const entry = { path: '/sweeps/s-1/cell/t/v/m/c/k/', sweep: { id: 's-1' } } as unknown as CellEntry;

it('adds a one-line note on the newest sweep, keeps the canonical link and leaves the page out of search', () => {
  const page = '<head><link rel="canonical" href="https://x.example/sweeps/s-1/cell/t/v/m/c/k/"></head><main id="main" data-pagefind-body><span hidden data-pagefind-filter="type:cell"></span><h1>t</h1></main>';
  const alias = aliasHtml(page, entry, 'https://x.example');
  expect(alias).toContain('<link rel="canonical" href="https://x.example/sweeps/s-1/cell/t/v/m/c/k/">');
  expect(alias).toContain('<main id="main"><p class="alias-note" role="note">This address follows the newest sweep to run this cell, s-1. To cite it, use ');
  expect(alias).not.toContain('class="banner"');
  expect(alias).toContain('<a href="/sweeps/s-1/cell/t/v/m/c/k/" title="https://x.example/sweeps/s-1/cell/t/v/m/c/k/">its permanent address</a>.</p>');
  expect(alias).not.toContain('data-pagefind');
});

it('escapes what it writes', () => {
  const odd = { path: '/sweeps/s/cell/"a"/<b>/', sweep: { id: 's<i>&' } } as unknown as CellEntry;
  const alias = aliasHtml('<main id="main"></main>', odd, 'https://x.example');
  expect(alias).toContain('newest sweep to run this cell, s&lt;i&gt;&amp;.');
  expect(alias).toContain('<a href="/sweeps/s/cell/&quot;a&quot;/&lt;b&gt;/" title="https://x.example/sweeps/s/cell/&quot;a&quot;/&lt;b&gt;/">');
});

it('refuses a page without the main landmark rather than writing a broken alias', () => {
  expect(() => aliasHtml('<body></body>', entry)).toThrow(/no <main/);
});
