import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { ELLIPSIS, middleTruncateToWidth, truncateToWidth } from './truncate.ts';

describe('truncateToWidth', () => {
  it.each([
    ['', 10],
    ['short', 100],
    ['openhands × meta/llama-3.3-70b-instruct', 220],
  ])('keeps %j when it fits in %ipx', (text, max) => expect(truncateToWidth(text, max)).toBe(text));

  it.each([
    ['openhands × meta/llama-3.3-70b-instruct', 120],
    ['openhands × meta/llama-3.3-70b-instruct', 30],
    ['a'.repeat(500), 209],
    ['WWWWWWWWWWWWWWWWWWWW', 57],
  ])('shortens %j to fit %ipx with an ellipsis', (text, max) => {
    const out = truncateToWidth(text, max);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(out)).toBeLessThanOrEqual(max);
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
    // Longest fit: one more character would not fit.
    const longer = `${text.slice(0, out.length)}${ELLIPSIS}`;
    expect(textWidth(longer)).toBeGreaterThan(max);
  });

  it('drops trailing spaces before the ellipsis', () => {
    const out = truncateToWidth('ab cdefghijklmnopqrstuvwxyz', textWidth('ab c…') - 0.1);
    expect(out).toBe(`ab${ELLIPSIS}`);
  });

  it.each([
    ['👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦'],
    ['e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301'],
  ])('never splits a grapheme cluster in %j', (text) => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const whole = Array.from(segmenter.segment(text), (s) => s.segment);
    for (let max = 10; max < textWidth(text); max += 3) {
      const kept = truncateToWidth(text, max).replace(ELLIPSIS, '');
      const keptParts = Array.from(segmenter.segment(kept), (s) => s.segment);
      expect(keptParts).toEqual(whole.slice(0, keptParts.length));
    }
  });

  it('returns "" when not even the ellipsis fits', () => {
    expect(truncateToWidth('hello', textWidth(ELLIPSIS) - 0.01)).toBe('');
  });

  it('gives what measuring every candidate prefix gives, on random text of every kind', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    // The plain definition: the longest grapheme prefix, trailing spaces dropped, that fits with the ellipsis.
    const byDefinition = (text: string, max: number): string => {
      if (textWidth(text) <= max) return text;
      const parts = Array.from(segmenter.segment(text), (x) => x.segment);
      let best: string | null = null;
      for (let n = 0; n < parts.length; n++) {
        const candidate = `${parts.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
        if (textWidth(candidate) <= max) best = candidate;
      }
      return best ?? '';
    };
    const pieces = ['a', 'W', 'i', ' ', '  ', '\t', '\n', 'é', 'e\u0301', ' \u0301', '日本', '👩‍👩‍👧‍👦', '🚀', '\u00a0', '\u3000', '\u200b', '·', '×', '-', '/', '.'];
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join('');
      const max = random(Math.ceil(textWidth(text)) + 20);
      expect(truncateToWidth(text, max), JSON.stringify([text, max])).toBe(byDefinition(text, max));
    }
  });
});

describe('middleTruncateToWidth', () => {
  it.each([
    ['llama-3.3-70b-instruct', 200, 'llama-3.3-70b-instruct'],
    ['llama-3.3-70b-instruct', 70, 'llama-…truct'],
    ['mistral-small-4-119b-2603', 100, 'mistral-…19b-2603'],
    ['abc', textWidth(`a${ELLIPSIS}`), `a${ELLIPSIS}`],
    ['abc', textWidth(ELLIPSIS), ELLIPSIS],
    ['hello', textWidth(ELLIPSIS) - 0.01, ''],
    ['a b c d e f', textWidth(`a b${ELLIPSIS}e f`), `a b${ELLIPSIS}e f`],
  ])('%j in %fpx -> %j', (text, max, out) => {
    const got = middleTruncateToWidth(text, max);
    expect(got).toBe(out);
    expect(textWidth(got)).toBeLessThanOrEqual(max);
  });

  it('keeps the most grapheme clusters that fit, start first, on random text', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const byDefinition = (text: string, max: number): string => {
      if (textWidth(text) <= max) return text;
      const parts = Array.from(segmenter.segment(text), (x) => x.segment);
      let best = '';
      for (let k = 0; k < parts.length; k++) {
        const head = parts.slice(0, Math.ceil(k / 2)).join('').trimEnd();
        const tail = parts.slice(parts.length - Math.floor(k / 2)).join('').trimStart();
        const candidate = `${head}${ELLIPSIS}${tail}`;
        if (textWidth(candidate) <= max) best = candidate;
      }
      return best;
    };
    const pieces = ['a', 'W', 'i', ' ', '-', '.', 'é', 'e\u0301', '日本', '👩‍👩‍👧‍👦', '/', '×'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 1000; i++) {
      const text = Array.from({ length: 1 + random(30) }, () => pieces[random(pieces.length)]).join('');
      const max = random(Math.ceil(textWidth(text)) + 20);
      expect(middleTruncateToWidth(text, max), JSON.stringify([text, max])).toBe(byDefinition(text, max));
    }
  });
});
