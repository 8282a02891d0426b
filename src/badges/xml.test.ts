import { describe, expect, it } from 'vitest';
import { parseStrictXml, textContent } from './strict-xml.ts';
import { el, escapeAttr, escapeText, renderXml, stripIllegalXmlChars } from './xml.ts';

describe('escaping', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [']]>', ']]&gt;'],
    [`"quotes' stay`, `"quotes' stay`],
    ['&amp;', '&amp;amp;'],
  ])('text %j -> %j', (input, out) => expect(escapeText(input)).toBe(out));

  it.each([
    [`"><svg onload=alert(1)>`, '&quot;&gt;&lt;svg onload=alert(1)&gt;'],
    [`it's`, 'it&apos;s'],
    ['a&b', 'a&amp;b'],
    ['tab\tnl\ncr\r', 'tab&#9;nl&#10;cr&#13;'],
  ])('attribute %j -> %j', (input, out) => expect(escapeAttr(input)).toBe(out));

  it.each([
    ['nul\u0000', 'nul'],
    ['bell\u0007 vt\u000b ff\u000c esc\u001b', 'bell vt ff esc'],
    ['keeps\ttab\nnl\rcr', 'keeps\ttab\nnl\rcr'],
    ['lone \ud800 high', 'lone  high'],
    ['lone \udc00 low', 'lone  low'],
    ['pair 🦙 kept', 'pair 🦙 kept'],
    ['nonchars \ufffe\uffff', 'nonchars '],
    ['del \u007f and \u0085 are legal', 'del \u007f and \u0085 are legal'],
  ])('strips illegal characters from %j', (input, out) => expect(stripIllegalXmlChars(input)).toBe(out));
});

describe('el', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects attribute value %s', (v) => {
    expect(() => el('rect', { width: v })).toThrow(RangeError);
  });

  it.each(['', '1a', 'a b', 'a"', 'on<load', 'x>'])('rejects element or attribute name %j', (name) => {
    expect(() => el(name)).toThrow(TypeError);
    expect(() => el('g', { [name]: 'v' })).toThrow(TypeError);
  });
});

describe('renderXml', () => {
  it('omits undefined attributes and self-closes empty elements', () => {
    expect(renderXml(el('rect', { x: undefined, width: 3 }))).toBe('<rect width="3"/>');
  });

  it.each([
    [0, '0'],
    [-0, '0'],
    [1.5, '1.5'],
    [1e-7, '0'],
    [-2.5e-7, '0'],
    [1.25e-5, '0.0000125'],
    [5.5e-7, '0.000001'],
    [1e21, '1000000000000000000000'],
  ])('formats number %s as %j', (n, out) => expect(renderXml(el('a', { v: n }))).toBe(`<a v="${out}"/>`));

  it('pretty-prints nested elements but keeps text content inline', () => {
    const tree = el('svg', {}, el('g', {}, el('text', { x: 1 }, 'a ', el('tspan', {}, 'b'))), el('title', {}, 't'));
    expect(renderXml(tree, { pretty: true })).toBe(
      ['<svg>', '  <g>', '    <text x="1">a <tspan>b</tspan></text>', '  </g>', '  <title>t</title>', '</svg>'].join('\n'),
    );
  });

  const hostile = [
    `"><script>alert(1)</script><svg onload=alert(1)>`,
    `model ]]> & <![CDATA[ x ]]> &amp; 'q'`,
    `nul\u0000 and bell\u0007 and \ud800 lone`,
    `<!-- comment --> <?pi?>`,
  ];
  it.each(hostile)('round-trips hostile text %j through a strict parser', (text) => {
    const xml = renderXml(el('svg', { 'aria-label': text, title: text }, el('title', {}, text), el('text', {}, text)));
    const doc = parseStrictXml(xml);
    const clean = stripIllegalXmlChars(text);
    expect(doc.attrs.get('aria-label')).toBe(clean);
    expect(doc.attrs.get('title')).toBe(clean);
    expect(doc.children.map(textContent)).toEqual([clean, clean]);
    expect(doc.children.every((c) => typeof c !== 'string' && c.children.every((t) => typeof t === 'string'))).toBe(true);
  });
});
