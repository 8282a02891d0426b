import { describe, expect, it } from 'vitest';
import { SOCIAL_CARD, fitFontSize, socialCardLayout, statBoxWidth, type CardElement, type CardStat, type SocialCardInput } from './social-card-layout.ts';
import { deltaE, hexToLinear, simulateDeficiency, type Deficiency } from './colour-vision.ts';
import { contrastRatio } from './contrast.ts';
import { textWidth } from './text-width.ts';
import { ELLIPSIS } from './truncate.ts';

const base: SocialCardInput = {
  title: 'SWE-bench Verified sweep, June 2025',
  subtitle: 'openhands × 12 models',
  stats: [
    { label: 'best pass rate', value: '55% ±6' },
    { label: 'models', value: '12' },
    { label: 'tasks', value: '500' },
  ],
  footer: 'sweeps.example.org',
  siteName: 'sweepsite',
};

const nodes = (n: CardElement): CardElement[] => [
  n,
  ...(Array.isArray(n.props.children) ? (n.props.children as CardElement[]).flatMap(nodes) : []),
];
const texts = (n: CardElement): string[] => nodes(n).flatMap((c) => (typeof c.props.children === 'string' ? [c.props.children] : []));
const byText = (n: CardElement, text: string) => nodes(n).find((c) => c.props.children === text);

describe('socialCardLayout', () => {
  it('is a 1200x630 flex root with every text present', () => {
    const root = socialCardLayout(base);
    expect(root.props.style).toMatchObject({ width: 1200, height: 630, display: 'flex' });
    expect(texts(root)).toEqual(expect.arrayContaining(['sweepsite', base.title, 'openhands × 12 models', '55% ±6', 'best pass rate', 'sweeps.example.org']));
  });

  it('never puts undefined, null or NaN into the tree', () => {
    const root = socialCardLayout({ title: '', stats: [{ label: '', value: '' }], siteName: '' });
    expect(JSON.stringify(root)).not.toMatch(/NaN|null|undefined/);
    for (const n of nodes(root)) for (const v of Object.values(n.props.style)) expect(v).not.toBeUndefined();
  });

  it('clamps the title to two lines with an ellipsis and lets long words break', () => {
    const title = 'x'.repeat(2000);
    const node = nodes(socialCardLayout({ ...base, title })).find((c) => typeof c.props.children === 'string' && c.props.children.startsWith('xxx'));
    expect(node?.props.style).toMatchObject({ lineClamp: 2, textOverflow: 'ellipsis', overflowWrap: 'anywhere' });
    expect((node?.props.children as string).length).toBeLessThanOrEqual(300);
  });

  it.each([1, 2, 3, 4, 6])('lays out %i stats (showing at most 4) that fit their boxes', (count) => {
    const stats = Array.from({ length: count }, (_, i) => ({ label: `stat ${i}`, value: i === 0 ? '100% ±12' : `${i * 111}` }));
    const root = socialCardLayout({ ...base, stats });
    const shown = Math.min(count, SOCIAL_CARD.maxStats);
    for (let i = 0; i < count; i++) expect(byText(root, `stat ${i}`) !== undefined).toBe(i < shown);
    const width = statBoxWidth(count);
    const content = SOCIAL_CARD.width - 2 * SOCIAL_CARD.padding - SOCIAL_CARD.accentBar;
    expect(shown * width + (shown - 1) * SOCIAL_CARD.statGap).toBeLessThanOrEqual(content);
    const value = byText(root, '100% ±12');
    const size = Number(value?.props.style['fontSize']);
    expect(textWidth('100% ±12', { fontSize: size, weight: 700 })).toBeLessThanOrEqual(width - 48);
  });

  it('truncates a stat value too long even at the smallest size', () => {
    const root = socialCardLayout({ ...base, stats: [1, 2, 3, 4].map((i) => ({ label: `s${i}`, value: `value-${'9'.repeat(40)}` })) });
    const values = texts(root).filter((t) => t.startsWith('value-'));
    expect(values.length).toBe(4);
    for (const v of values) expect(v.endsWith(ELLIPSIS)).toBe(true);
  });
});

describe('socialCardLayout verdict stats', () => {
  const verdicts = ['Passed', 'Failed', 'Timed out', 'Refused correctly', 'Missed the refusal', 'Refused a legitimate task', 'Not scored'];
  it.each(verdicts)('fits the verdict %j whole in a two-box stat beside "not scored" and a wall time', (verdict) => {
    const stats: CardStat[] = [
      { label: 'Verdict', value: verdict, tone: 'bad', span: 2 },
      { label: 'Score', value: 'not scored' },
      { label: 'Wall', value: '12m 34s' },
    ];
    const root = socialCardLayout({ ...base, stats });
    for (const s of stats) {
      const node = byText(root, s.value);
      expect(node, s.value).toBeDefined();
      const size = Number(node?.props.style['fontSize']);
      expect(textWidth(s.value, { fontSize: size, weight: 700 })).toBeLessThanOrEqual(statBoxWidth(4, s.span ?? 1) - 48);
    }
  });

  it('gives a two-box stat two shares and the gap between them, and shows only what fits four shares', () => {
    expect(statBoxWidth(4, 2)).toBe(2 * statBoxWidth(4) + SOCIAL_CARD.statGap);
    const root = socialCardLayout({ ...base, stats: [{ label: 'a', value: '1', span: 2 }, { label: 'b', value: '2' }, { label: 'c', value: '3', span: 2 }, { label: 'd', value: '4' }] });
    expect(byText(root, 'a')).toBeDefined();
    expect(byText(root, 'b')).toBeDefined();
    expect(byText(root, 'c')).toBeUndefined();
    expect(byText(root, 'd')).toBeUndefined();
  });

  it('colours a toned value by its tone and leaves others white', () => {
    const root = socialCardLayout({ ...base, stats: [{ label: 'Verdict', value: 'Failed', tone: 'bad' }, { label: 'Score', value: '0.154' }] });
    expect(byText(root, 'Failed')?.props.style['color']).toBe(SOCIAL_CARD.tone.bad);
    expect(byText(root, '0.154')?.props.style['color']).toBe(SOCIAL_CARD.text);
  });

  const vision: readonly (Deficiency | 'typical')[] = ['typical', 'protan', 'deutan', 'tritan'];
  it.each(vision)('tone colours read at >= 4.5:1 on the panel and stay >= 20 ΔE apart for %s vision', (v) => {
    const colours = Object.values(SOCIAL_CARD.tone);
    for (const c of colours) expect(contrastRatio(c, SOCIAL_CARD.panel)).toBeGreaterThanOrEqual(4.5);
    const seen = (hex: string) => (v === 'typical' ? hexToLinear(hex) : simulateDeficiency(hexToLinear(hex), v));
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        expect(deltaE(seen(colours[i] ?? ''), seen(colours[j] ?? '')), `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe('fitFontSize', () => {
  it.each([
    ['12', 200, 64, 40],
    ['55% ±6', 202, 64, 40],
    ['$1,234.56', 150, 64, 40],
    ['x'.repeat(100), 100, 64, 40],
  ])('%j in %ipx picks the largest size in %i..%i that fits', (text, width, max, min) => {
    const size = fitFontSize(text, width, max, min);
    const fits = (s: number) => textWidth(text, { fontSize: s, weight: 700 }) <= width;
    expect(size).toBeGreaterThanOrEqual(min);
    expect(size).toBeLessThanOrEqual(max);
    expect(Number.isInteger(size)).toBe(true);
    if (size > min) expect(fits(size)).toBe(true);
    if (size < max) expect(fits(size + 1)).toBe(false);
  });
});
