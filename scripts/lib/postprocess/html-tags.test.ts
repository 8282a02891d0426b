import { describe, expect, it } from 'vitest';
import { mapStartTags, parseAttributes, rewriteAttributeSource } from './html-tags.ts';

/** Rewrites every href to `X` so a test sees which attributes the scanner reached. */
const hrefsToX = (html: string): string =>
  mapStartTags(html, (tag) => {
    const next = rewriteAttributeSource(tag.source, (name) => (name === 'href' ? 'X' : undefined));
    return next === tag.source ? undefined : `<${tag.rawName}${next}${tag.close}>`;
  });

describe('mapStartTags', () => {
  it.each([
    ['a plain link', '<a href="/a/">a</a>', '<a href="X">a</a>'],
    ['single quotes and unquoted values', "<a href='/a/'>a</a><a href=/b/>b</a>", "<a href='X'>a</a><a href=X>b</a>"],
    ['upper-case names', '<A HREF="/a/">a</A>', '<A HREF="X">a</A>'],
    ['a value with &quot; before the href', '<tr data-sort="{&quot;href&quot;:&quot;/x&quot;}"><a class="c" href="/a/">', '<tr data-sort="{&quot;href&quot;:&quot;/x&quot;}"><a class="c" href="X">'],
    ['an attribute-like text inside another value', '<a title="href=&quot;/x&quot; href=/y" href="/a/">', '<a title="href=&quot;/x&quot; href=/y" href="X">'],
    ['a raw > and < inside a quoted value (data: favicon)', `<link rel="icon" href="data:image/svg+xml,<svg viewBox='0 0 16 16'><rect/></svg>"><a href="/a/">`, '<link rel="icon" href="X"><a href="X">'],
    ['a self-closing SVG element', '<use href="#i"/><image href="/i.png" />', '<use href="X"/><image href="X" />'],
    ['a bare attribute next to a value', '<a download href="/a.csv">', '<a download href="X">'],
    ['an escaped tag in text', '<p>write &lt;a href="/x"&gt; here</p>', '<p>write &lt;a href="/x"&gt; here</p>'],
    ['a tag inside a comment', '<!-- <a href="/x"> --><a href="/a/">', '<!-- <a href="/x"> --><a href="X">'],
    ['markup inside a script body', '<script>const s = \'<a href="/x">\';</script><a href="/a/">', '<script>const s = \'<a href="/x">\';</script><a href="X">'],
    ['markup inside a style body and a title', '<style>a[href="/x"]{}</style><title><a href="/x"></title><a href="/a/">', '<style>a[href="/x"]{}</style><title><a href="/x"></title><a href="X">'],
    ['a script with a src', '<script type="module" src="/x.js"></script>', '<script type="module" src="/x.js"></script>'],
    ['the doctype', '<!DOCTYPE html><html lang="en">', '<!DOCTYPE html><html lang="en">'],
    ['a stray <', 'a < b and <3 <a href="/a/">', 'a < b and <3 <a href="X">'],
  ])('%s', (_name, html, expected) => expect(hrefsToX(html)).toBe(expected));

  it('reports lower-case names and raw values, leaving a tag alone when the visitor returns undefined', () => {
    const seen: string[] = [];
    const html = '<DIV id="a"><svg viewBox="0 0 1 1"><linearGradient id="g"/></svg><input disabled value="a &amp; b">';
    expect(mapStartTags(html, (tag) => void seen.push(`${tag.name} ${JSON.stringify(parseAttributes(tag.source))}`))).toBe(html);
    expect(seen).toEqual([
      'div [{"name":"id","value":"a"}]',
      'svg [{"name":"viewBox","value":"0 0 1 1"}]',
      'lineargradient [{"name":"id","value":"g"}]',
      'input [{"name":"disabled","value":null},{"name":"value","value":"a &amp; b"}]',
    ]);
  });
});

describe('parseAttributes', () => {
  it('reads every quoting style', () => {
    expect(parseAttributes(` a="1" b='2' c=3 d e = "5"`)).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: '2' },
      { name: 'c', value: '3' },
      { name: 'd', value: null },
      { name: 'e', value: '5' },
    ]);
  });
});
