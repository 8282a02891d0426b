import { describe, expect, it } from 'vitest';
import { buildHeaderRules, formatHeadersFile, matchesHeaderPath, parseHeadersFile } from './headers.ts';

describe('matchesHeaderPath', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/sweeps/a/', true],
    ['/_astro/*', '/_astro/x.css', true],
    ['/_astro/*', '/_astro', false],
    ['/sweeps/:sweep/badge/*', '/sweeps/a/badge/t/v/m.svg', true],
    ['/sweeps/:sweep/badge/*', '/sweeps/a/b/badge/x.svg', false],
    ['/sweeps/:sweep/badge/*', '/sweeps/a/cell/badge/x.svg', false],
    ['/', '/', true],
    ['/', '/index.html', false],
    ['/sitemap.xml', '/sitemap.xml', true],
    ['/sitemap.xml', '/sitemapxxml', false],
  ])('%s vs %s', (pattern, request, expected) => expect(matchesHeaderPath(pattern, request)).toBe(expected));
});

describe('the _headers file', () => {
  const files = ['/_astro/a.css', '/badge/t/v/m.svg', '/cell/t/v/m/c/t/index.html', '/feed.xml', '/index.html', '/robots.txt', '/sitemap.xml', '/sweeps/a/index.html', '/sweeps/a/feed.xml'];
  const { rules, warnings } = buildHeaderRules(files);

  it('round-trips through its own parser', () => {
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules.map((r) => ({ path: r.path, headers: r.headers })));
  });

  it('keeps Cloudflare limits: one * per path, at most 100 rules', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const r of rules) expect((r.path.match(/\*/g) ?? []).length, r.path).toBeLessThanOrEqual(1);
  });

  it('gives crawler files and top-level feeds short caching, and warns about a feed under /sweeps/', () => {
    expect(rules.map((r) => r.path)).toEqual(expect.arrayContaining(['/feed.xml', '/robots.txt', '/sitemap.xml']));
    expect(rules.map((r) => r.path)).not.toContain('/sweeps/a/feed.xml');
    expect(warnings).toEqual(['/sweeps/a/feed.xml changes with the archive but lies under a path cached for a year; move it out of /sweeps/']);
  });
});
