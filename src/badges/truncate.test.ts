import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { ELLIPSIS, truncateToWidth } from './truncate.ts';

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
});
