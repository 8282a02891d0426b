import { describe, expect, it } from 'vitest';
import { parseStrictXml, textContent } from './strict-xml.ts';

describe('parseStrictXml (test oracle)', () => {
  it('parses elements, attributes, text and references', () => {
    const doc = parseStrictXml(`<a x="1 &amp; &lt;2&gt;" y='&quot;&apos;'><b/>t&#65;&#x42;<c>]]&gt;</c></a>`);
    expect(doc.name).toBe('a');
    expect(doc.attrs.get('x')).toBe('1 & <2>');
    expect(doc.attrs.get('y')).toBe(`"'`);
    expect(doc.children.length).toBe(3);
    expect(textContent(doc)).toBe('tAB]]>');
  });

  it.each([
    ['raw < in attribute', '<a x="<"/>'],
    ['raw & in text', '<a>&</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['reference to NUL', '<a>&#0;</a>'],
    ['NUL character', '<a>\u0000</a>'],
    ['lone surrogate', '<a>\ud800</a>'],
    ['U+FFFE', '<a>\ufffe</a>'],
    [']]> in text', '<a>]]></a>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['unclosed root', '<a><b/>'],
    ['two roots', '<a/><b/>'],
    ['text after root', '<a/>x'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['unquoted attribute', '<a x=1/>'],
    ['attributes without space', '<a x="1"y="2"/>'],
    ['comment', '<a><!-- x --></a>'],
    ['CDATA', '<a><![CDATA[x]]></a>'],
    ['script injection shape', '<a x=""><script>alert(1)</script>"/>'],
  ])('rejects %s', (_why, xml) => expect(() => parseStrictXml(xml)).toThrow(SyntaxError));
});
