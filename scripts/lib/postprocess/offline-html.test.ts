import { describe, expect, it } from 'vitest';
import { mapSrcset, rewriteHtmlForOffline, type ModuleScripts } from './offline-html.ts';

const scripts: ModuleScripts = { classicOf: (p) => (p.includes('module-syntax') ? undefined : p.replace(/\.js$/, '.classic.js')) };
const FROM = '/sweeps/a/cell/t/index.html';

describe('rewriteHtmlForOffline', () => {
  it.each([
    ['a folder link', '<a href="/sweeps/a/">', '<a href="../../index.html">'],
    ['the home link', '<a class="brand" href="/">', '<a class="brand" href="../../../../index.html">'],
    ['a stylesheet', '<link rel="stylesheet" href="/_astro/Page.x.css">', '<link rel="stylesheet" href="../../../../_astro/Page.x.css">'],
    ['an image and its srcset', '<img src="/b.svg" srcset="/b.svg 1x, /b@2.svg 2x" alt="">', '<img src="../../../../b.svg" srcset="../../../../b.svg 1x, ../../../../b@2.svg 2x" alt="">'],
    ['a form, a video poster and the picker data', '<form action="/search/"><video poster="/p.png"><section data-src="/sweeps/a/compare/data.json">', '<form action="../../../../search/index.html"><video poster="../../../../p.png"><section data-src="../../compare/data.json">'],
    ['a fragment and a query', '<a href="/glossary/#pass"><a href="/?sort=pass&amp;dir=desc">', '<a href="../../../../glossary/index.html#pass"><a href="../../../../index.html?sort=pass&amp;dir=desc">'],
    ['absolute, protocol-relative, fragment-only and data URLs', '<a href="https://x.example/"><script src="//cdn.example/x.js"></script><a href="#main"><link rel="icon" href="data:image/svg+xml,<svg/>">', '<a href="https://x.example/"><script src="//cdn.example/x.js"></script><a href="#main"><link rel="icon" href="data:image/svg+xml,<svg/>">'],
    ['Open Graph and canonical URLs', '<meta property="og:image" content="/x/og.png"><link rel="canonical" href="https://s.example/x/">', '<meta property="og:image" content="/x/og.png"><link rel="canonical" href="https://s.example/x/">'],
    ['other attributes that hold a slash path', '<button data-copy="/sweeps/a/ and href=&quot;/x&quot;" title="/a/">', '<button data-copy="/sweeps/a/ and href=&quot;/x&quot;" title="/a/">'],
    ['a module script with a classic copy', '<script type="module" src="/_astro/a.js"></script>', '<script src="../../../../_astro/a.classic.js" defer></script>'],
    ['a module script whose bundle has module syntax', '<script type="module" src="/_astro/module-syntax.js"></script>', '<script type="module" src="../../../../_astro/module-syntax.js"></script>'],
    ['an inline module script', '<script type="module">import "/x.js";</script>', '<script type="module">import "/x.js";</script>'],
    ['a classic script', '<script src="/_astro/c.js" async></script>', '<script src="../../../../_astro/c.js" async></script>'],
  ])('%s', (_name, html, expected) => expect(rewriteHtmlForOffline(html, FROM, scripts)).toBe(expected));

  it('returns the page unchanged when nothing is root-relative', () => {
    const html = '<!DOCTYPE html><html><head><title>x</title></head><body><a href="#a">a</a></body></html>';
    expect(rewriteHtmlForOffline(html, '/index.html', scripts)).toBe(html);
  });
});

describe('mapSrcset', () => {
  it('keeps descriptors and spacing', () => {
    expect(mapSrcset('/a.png 1x,/b.png 2x, c.png 3x', (u) => `[${u}]`)).toBe('[/a.png] 1x,[/b.png] 2x, [c.png] 3x');
  });
});
