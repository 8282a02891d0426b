import { describe, expect, it } from 'vitest';
import { makeBadge, type BadgeInput } from './badge-model.ts';
import { renderBadgeSvg } from './badge-svg.ts';
import { parseStrictXml, textContent, type ParsedElement } from './strict-xml.ts';

const child = (node: ParsedElement, name: string): ParsedElement[] =>
  node.children.filter((c): c is ParsedElement => typeof c !== 'string' && c.name === name);
const all = (node: ParsedElement): ParsedElement[] =>
  [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : all(c)))];

const SEED = { kind: 'cell', tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated' } as const;
const SNAPSHOTS: readonly (readonly [string, BadgeInput])[] = [
  ['cell', { ...SEED, verdict: 'fail', tone: 'bad', score: 0.1 / 0.65 }],
  ['cell-pass', { ...SEED, verdict: 'pass', tone: 'good', score: 0.734 }],
  ['cell-timeout', { ...SEED, verdict: 'timeout', tone: 'bad', score: 0.21 }],
  ['cell-not-scored', { ...SEED, verdict: 'not scored', tone: 'neutral', score: null }],
  ['config-interval', { label: 'openhands × meta/llama-3.3-70b-instruct', value: 0.55, interval: { low: 0.49, high: 0.61 }, kind: 'pass' }],
  ['unscored', { label: 'swe-agent × qwen/qwen3-coder', value: null, kind: 'pass' }],
];

describe('renderBadgeSvg snapshots', () => {
  it.each(SNAPSHOTS)('%s', async (name, input) => {
    await expect(renderBadgeSvg(makeBadge(input), { pretty: true })).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });
});

describe('renderBadgeSvg structure', () => {
  it.each(SNAPSHOTS)('%s is accessible, well-formed and self-consistent', (_name, input) => {
    const model = makeBadge(input);
    const svg = renderBadgeSvg(model);
    expect(svg).not.toMatch(/NaN|undefined|null|Infinity/);
    const doc = parseStrictXml(svg);
    expect(doc.name).toBe('svg');
    expect(doc.attrs.get('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.attrs.get('role')).toBe('img');
    expect(doc.attrs.get('aria-label')).toBe(model.ariaLabel);
    expect(doc.attrs.get('width')).toBe(String(model.totalWidth));
    const [title] = child(doc, 'title');
    expect(doc.children[0]).toBe(title);
    expect(title && textContent(title)).toBe(model.title);
    // Every url(#id) reference resolves to an element in the same document.
    const ids = new Set(all(doc).map((e) => e.attrs.get('id')).filter((id) => id !== undefined));
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBe(2);
    for (const ref of refs) expect(ids.has(ref)).toBe(true);
    // Label and message each appear twice: shadow (aria-hidden) and text.
    const texts = all(doc).filter((e) => e.name === 'text');
    expect(texts.map(textContent)).toEqual([model.label, model.label, model.message, model.message]);
    expect(texts.map((t) => t.attrs.get('aria-hidden') ?? '')).toEqual(['true', '', 'true', '']);
  });

  it('derives ids from content: stable across renders, distinct across badges', () => {
    const a = renderBadgeSvg(makeBadge({ label: 'a', value: 0.5, kind: 'pass' }));
    const a2 = renderBadgeSvg(makeBadge({ label: 'a', value: 0.5, kind: 'pass' }));
    const b = renderBadgeSvg(makeBadge({ label: 'a', value: 0.51, kind: 'pass' }));
    const id = (svg: string) => /id="([^"]+)"/.exec(svg)?.[1];
    expect(a).toBe(a2);
    expect(id(a)).toBe(id(a2));
    expect(id(a)).not.toBe(id(b));
  });

  it('omits the label segment for an empty label', () => {
    const doc = parseStrictXml(renderBadgeSvg(makeBadge({ label: '', value: 0.5, kind: 'pass' })));
    expect(all(doc).filter((e) => e.name === 'rect').map((r) => r.attrs.get('fill'))).not.toContain('#555555');
    expect(all(doc).filter((e) => e.name === 'text').length).toBe(2);
  });
});

describe('renderBadgeSvg escaping', () => {
  it('keeps hostile cell parts and verdict as text', () => {
    const evil = '"><script>alert(1)</script>';
    const model = makeBadge({ kind: 'cell', tui: evil, model: `v/${evil}`, task: `c/${evil}`, verdict: evil, tone: 'bad', score: 0.5 });
    const svg = renderBadgeSvg(model);
    const doc = parseStrictXml(svg);
    expect(new Set(all(doc).map((e) => e.name))).toEqual(new Set(['svg', 'title', 'linearGradient', 'stop', 'clipPath', 'rect', 'g', 'text']));
    expect(doc.attrs.get('aria-label')).toBe(`${evil} × v/${evil} on c/${evil}: ${evil}, score 0.500`);
    expect(svg).not.toContain('<script');
  });

  const hostile = [
    `"><script>alert(1)</script><svg onload=alert(1)>`,
    `evil]]>model & co\u0000<x>`,
    `'single' & "double" & &amp; &#60;`,
  ];
  it.each(hostile)('keeps %j as text in well-formed XML', (label) => {
    const model = makeBadge({ label, value: 0.5, kind: 'pass' });
    const svg = renderBadgeSvg(model);
    const doc = parseStrictXml(svg);
    // Only the elements the renderer builds exist: nothing was injected.
    expect(new Set(all(doc).map((e) => e.name))).toEqual(
      new Set(['svg', 'title', 'linearGradient', 'stop', 'clipPath', 'rect', 'g', 'text']),
    );
    expect(all(doc).every((e) => [...e.attrs.keys()].every((k) => !k.startsWith('on')))).toBe(true);
    const expected = label.replace('\u0000', '');
    expect(doc.attrs.get('aria-label')).toBe(`${expected}: pass rate 50%`);
    const texts = all(doc).filter((e) => e.name === 'text').map(textContent);
    expect(texts[1]).toBe(model.label);
    // The drawn label is the cleaned label, or a prefix of it ending in an ellipsis.
    expect(model.label === expected || (model.label.endsWith('…') && expected.startsWith(model.label.slice(0, -1)))).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain(']]>');
    expect(svg).not.toContain('\u0000');
  });
});
