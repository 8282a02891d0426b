import { describe, expect, it } from 'vitest';
import { buildRobotsTxt, buildSitemapIndex, buildSitemapParts, isSitemapPage, isSitemapPart, readPageIndexing } from './sitemap.ts';

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

describe('buildSitemapParts', () => {
  it('writes one sorted urlset without dates, escaping XML', () => {
    const [only, ...rest] = buildSitemapParts('/', ['https://s.example/b/', 'https://s.example/a/?x=1&y=2', 'https://s.example/b/']);
    expect(rest).toEqual([]);
    expect(only?.path).toBe('/sitemap-1.xml');
    expect(only?.content).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://s.example/a/?x=1&amp;y=2</loc></url>\n  <url><loc>https://s.example/b/</loc></url>\n</urlset>\n',
    );
  });

  it('splits past the limit, in the folder given, and writes nothing for no pages', () => {
    const parts = buildSitemapParts('/sweeps/s/', ['https://s.example/sweeps/s/c/', 'https://s.example/sweeps/s/a/', 'https://s.example/sweeps/s/b/'], 2);
    expect(parts.map((f) => f.path)).toEqual(['/sweeps/s/sitemap-1.xml', '/sweeps/s/sitemap-2.xml']);
    expect(parts[0]?.content).toContain('https://s.example/sweeps/s/b/');
    expect(parts[1]?.content).toContain('https://s.example/sweeps/s/c/');
    expect(buildSitemapParts('/', [])).toEqual([]);
  });

  it('recognises the parts it writes and nothing else', () => {
    expect(['/sitemap-1.xml', '/sweeps/s/sitemap-12.xml', '/sitemap.xml', '/sweeps/s/cell/sitemap-1.xml', '/x/sitemap-1.xml'].map(isSitemapPart)).toEqual([true, true, false, false, false]);
  });
});

describe('buildSitemapIndex', () => {
  it('lists every part by absolute URL, sorted', () => {
    const index = buildSitemapIndex('https://s.example', ['/sweeps/b/sitemap-1.xml', '/sitemap-1.xml']);
    expect(index.path).toBe('/sitemap.xml');
    expect(index.content).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>https://s.example/sitemap-1.xml</loc></sitemap>\n  <sitemap><loc>https://s.example/sweeps/b/sitemap-1.xml</loc></sitemap>\n</sitemapindex>\n',
    );
  });
});

describe('buildRobotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(buildRobotsTxt('https://s.example')).toBe('# Every page of this site may be crawled.\nUser-agent: *\nAllow: /\n\nSitemap: https://s.example/sitemap.xml\n');
  });
});
