import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { headsUnder, pageHeadOf, readPageHead } from './page-heads.ts';
import { listSiteFiles } from './site-files.ts';

const page = (title: string, extra = ''): string =>
  `<!doctype html><html><head><title>${title}</title><meta name="description" content="About ${title}">${extra}</head>` +
  `<body><main id="main" data-pagefind-body><span hidden data-pagefind-filter="tui:aider"></span><h1>${title}</h1>${'x'.repeat(40_000)}</main></body></html>`;

it('reads from a page in memory what it reads from the same page on disk', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'page-heads-'));
  const html = page('Cell &amp; more', '<meta name="robots" content="noindex"><link rel="canonical" href="https://x.example/a/">');
  fs.mkdirSync(path.join(out, 'a'));
  fs.writeFileSync(path.join(out, 'a', 'index.html'), html);
  const head = pageHeadOf(html, '/a/index.html');
  expect(head).toEqual(readPageHead(out, '/a/index.html'));
  expect(head.indexing).toEqual({ canonical: 'https://x.example/a/', noindex: true });
  expect(head.record).toMatchObject({ url: '/a/', title: 'Cell & more', filters: { tui: ['aider'] } });
  fs.rmSync(out, { recursive: true, force: true });
});

it('has no search record for a page left out of search', () => {
  expect(pageHeadOf('<html><head><title>t</title></head><body><main id="main"></main></body></html>', '/v/index.html').record).toBeNull();
  expect(() => pageHeadOf('', '/feed.xml')).toThrow(/not a page/);
});

it('lists the heads under a folder in the order of the site’s files, and nothing else', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'page-heads-'));
  const pages = ['/index.html', '/sweeps/s/index.html', '/sweeps/s/cell/b/index.html', '/sweeps/s/cell/B/index.html', '/sweeps/t/index.html', '/sweeps/s2/index.html'];
  for (const p of pages) {
    fs.mkdirSync(path.dirname(path.join(out, p)), { recursive: true });
    fs.writeFileSync(path.join(out, p), page(p));
  }
  const under = headsUnder(pages.map((p) => pageHeadOf(page(p), p)), '/sweeps/s/').map((h) => h.page);
  expect(under).toEqual(['/sweeps/s/cell/B/index.html', '/sweeps/s/cell/b/index.html', '/sweeps/s/index.html']);
  expect(under).toEqual(listSiteFiles(out).filter((f) => f.startsWith('/sweeps/s/')));
  fs.rmSync(out, { recursive: true, force: true });
});
