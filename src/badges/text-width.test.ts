import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { socialCardFonts } from './social-card.ts';
import { EMOJI_ADVANCE, WIDE_ADVANCE, codePointAdvance, textWidth } from './text-width.ts';

// Inter 4 has 2048 units per em; these advances are its hmtx values (regular weight).
const UNITS_PER_EM = 2048;
const INTER_400: Readonly<Record<string, number>> = {
  W: 2018, i: 496, ' ': 576, o: 1228, p: 1254, e: 1194, n: 1210, h: 1211, a: 1150, d: 1254, s: 1081, '%': 2011, '5': 1215, '×': 1355,
};
// Advances are integers in font units, so a correct sum is exact up to float rounding.
const ONE_UNIT_AT_11PX = 11 / UNITS_PER_EM;
const expected = (text: string): number =>
  ([...text].reduce((sum, c) => sum + (INTER_400[c] ?? NaN), 0) * 11) / UNITS_PER_EM;

describe('textWidth', () => {
  it('is 0 for the empty string', () => expect(textWidth('')).toBe(0));

  it.each(['W', 'i', 'Wi', 'openhands', '55%', 'open hands × 5'])('%j matches the font advances', (text) => {
    expect(Math.abs(textWidth(text) - expected(text))).toBeLessThan(ONE_UNIT_AT_11PX);
  });

  it('measures "W" wider than "i", at both weights', () => {
    expect(textWidth('W')).toBeGreaterThan(textWidth('i') * 3);
    expect(textWidth('W', { weight: 700 })).toBeGreaterThan(textWidth('i', { weight: 700 }) * 3);
  });

  it('is monotonic: appending characters never makes text narrower', () => {
    const text = 'openhands × meta/llama-3.3-70b-instruct Łódź 日本 🙂 é\u200d!';
    let previous = 0;
    for (let n = 1; n <= text.length; n++) {
      const w = textWidth(text.slice(0, n));
      expect(w).toBeGreaterThanOrEqual(previous);
      previous = w;
    }
  });

  it('scales linearly with font size and grows with weight', () => {
    expect(textWidth('hello', { fontSize: 22 })).toBeCloseTo(2 * textWidth('hello'), 9);
    expect(textWidth('hello', { weight: 700 })).toBeGreaterThan(textWidth('hello'));
  });

  it.each([
    ['日', WIDE_ADVANCE],
    ['한', WIDE_ADVANCE],
    ['Ａ', WIDE_ADVANCE],
    ['🙂', EMOJI_ADVANCE],
    ['🦙', EMOJI_ADVANCE],
    ['\u200d', 0],
    ['\ufe0f', 0],
    ['\u0000', 0],
  ])('falls back for %j the font lacks', (ch, em) => {
    expect(textWidth(ch)).toBeCloseTo(em * 11, 9);
  });

  it('gives other missing characters (Greek is not a loaded subset) the average advance', () => {
    const avg = codePointAdvance(0x3b1);
    expect(avg).toBeGreaterThan(codePointAdvance('i'.codePointAt(0) ?? 0));
    expect(avg).toBeLessThan(codePointAdvance('W'.codePointAt(0) ?? 0));
  });

  it('reads latin-ext glyphs from the latin-ext file', () => {
    // ł has the advance of l in Inter, distinct from the average fallback.
    expect(textWidth('ł')).toBeCloseTo(textWidth('l'), 9);
  });
});

describe('textWidth against satori layout of the same font', () => {
  async function satoriWidth(text: string, fontSize: number): Promise<number> {
    let width = Number.NaN;
    await satori(
      { type: 'div', props: { style: { display: 'flex', fontFamily: 'Inter', fontSize }, children: [{ type: 'span', props: { children: text } }] } },
      { width: 4000, height: 200, fonts: socialCardFonts(), onNodeDetected: (node) => { if (node.type === 'span') width = node.width; } },
    );
    return width / (fontSize / 11);
  }

  it.each(['hello world', 'openhands × meta/llama-3.3-70b-instruct', '55% ±6', 'not scored'])(
    '%j agrees within 1px at 11px (satori rounds to 0.1px at 110px)',
    async (text) => expect(Math.abs((await satoriWidth(text, 110)) - textWidth(text))).toBeLessThan(1),
  );

  it('errs wide, never narrow, where kerning tightens pairs', async () => {
    const text = 'AVATAR To';
    const laidOut = await satoriWidth(text, 110);
    expect(textWidth(text)).toBeGreaterThan(laidOut);
    expect(textWidth(text) - laidOut).toBeLessThan(0.1 * laidOut);
  });
});
