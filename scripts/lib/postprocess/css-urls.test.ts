import { describe, expect, it } from 'vitest';
import { rewriteCssUrls } from './css-urls.ts';

describe('rewriteCssUrls', () => {
  it.each([
    ['a font beside the stylesheet', 'src:url(/_astro/inter.woff2)format("woff2")', 'src:url(inter.woff2)format("woff2")'],
    ['quoted URLs', `a{background:url("/img/a.png")}b{background:url('/img/b.png')}`, `a{background:url("../img/a.png")}b{background:url('../img/b.png')}`],
    ['an @import', '@import "/_astro/b.css";', '@import "b.css";'],
    ['relative, absolute and data URLs', 'a{background:url(x.png)}b{background:url(https://x.example/y.png)}c{background:url(data:image/png;base64,AAAA)}', 'a{background:url(x.png)}b{background:url(https://x.example/y.png)}c{background:url(data:image/png;base64,AAAA)}'],
  ])('%s', (_name, css, expected) => expect(rewriteCssUrls(css, '/_astro/Page.x.css')).toBe(expected));
});
