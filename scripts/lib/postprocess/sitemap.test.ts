import { describe, expect, it } from 'vitest';
import { buildRobotsTxt, buildSitemapFiles, isSitemapPage, readPageIndexing } from './sitemap.ts';

describe('readPageIndexing and isSitemapPage', () => {
  it.each([
    ['a permanent page', '<head><link rel="canonical" href="https://s.example/sweeps/a/"></head>', 'https://s.example/sweeps/a/', true],
    ['an alias naming another canonical', '<head><link rel="canonical" href="https://s.example/sweeps/a/cell/x/"></head>', 'https://s.example/cell/x/', false],
    ['a page without canonical', '<head><title>x</title></head>', 'https://s.example/x/', true],
    ['a noindex page', '<head><meta name="robots" content="noindex, follow"><link rel="canonical" href="https://s.example/x/"></head>', 'https://s.example/x/', false],
    ['a canonical with an escaped &', '<head><link href="https://s.example/a?b=1&amp;c=2" rel="canonical"></head>', 'https://s.example/a?b=1&c=2', true],
    ['a canonical link in the body is not read', '<head></head><body><link rel="canonical" href="https://s.example/y/"></body>', 'https://s.example/x/', true],
  ])('%s', (_name, html, url, listed) => expect(isSitemapPage(readPageIndexing(html), url)).toBe(listed));
});

describe('buildSitemapFiles', () => {
  it('writes one sorted urlset without dates, escaping XML', () => {
    const [only, ...rest] = buildSitemapFiles('https://s.example', ['https://s.example/b/', 'https://s.example/a/?x=1&y=2', 'https://s.example/b/']);
    expect(rest).toEqual([]);
    expect(only?.path).toBe('/sitemap.xml');
    expect(only?.content).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://s.example/a/?x=1&#38;y=2</loc></url>\n  <url><loc>https://s.example/b/</loc></url>\n</urlset>\n',
    );
  });

  it('splits past the limit into parts listed by an index', () => {
    const files = buildSitemapFiles('https://s.example', ['https://s.example/c/', 'https://s.example/a/', 'https://s.example/b/'], 2);
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemap-1.xml', '/sitemap-2.xml']);
    expect(files[0]?.content).toContain('<sitemapindex');
    expect(files[0]?.content).toContain('<sitemap><loc>https://s.example/sitemap-2.xml</loc></sitemap>');
    expect(files[1]?.content).toContain('https://s.example/b/');
    expect(files[2]?.content).toContain('https://s.example/c/');
  });
});

describe('buildRobotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(buildRobotsTxt('https://s.example')).toBe('# Every page of this site may be crawled.\nUser-agent: *\nAllow: /\n\nSitemap: https://s.example/sitemap.xml\n');
  });
});
