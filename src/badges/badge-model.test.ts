import { describe, expect, it } from 'vitest';
import { BADGE_LAYOUT, NOT_SCORED, intervalHalfWidth, makeBadge, roundUpToOdd, type BadgeInput } from './badge-model.ts';
import { COLOUR_SCALE, NOT_SCORED_COLOUR } from './colour-scale.ts';
import { textWidth } from './text-width.ts';
import { ELLIPSIS } from './truncate.ts';

const [darkBlue, blue, greyTeal, orange, vermilion] = COLOUR_SCALE.map((s) => s.colour);
const badge = (value: BadgeInput['value'], extra: Partial<BadgeInput> = {}) =>
  makeBadge({ label: 'swe-bench', value, kind: 'pass', ...extra });

describe('roundUpToOdd', () => {
  it.each([
    [0, 1],
    [0.2, 1],
    [1, 1],
    [1.01, 3],
    [2, 3],
    [218.5, 219],
    [219.5, 221],
  ])('%f -> %i', (n, odd) => expect(roundUpToOdd(n)).toBe(odd));
});

describe('makeBadge message and colour', () => {
  it.each([
    [0.553, undefined, '55%', greyTeal],
    [0.55, { low: 0.49, high: 0.61 }, '55% ±6', greyTeal],
    [0.55, { low: 0.5, high: 0.58 }, '55% ±5', greyTeal], // asymmetric: the larger side wins
    [0.55, { low: 0.55, high: 0.55 }, '55% ±0', greyTeal],
    [0.55, { low: Number.NaN, high: 0.6 }, '55%', greyTeal], // unusable interval is dropped
    [0.55, null, '55%', greyTeal],
    [1, undefined, '100%', darkBlue],
    [0.796, undefined, '80%', darkBlue], // colour follows the number shown
    [0.794, undefined, '79%', blue],
    [0.6, undefined, '60%', blue],
    [0.2, undefined, '20%', orange],
    [0.004, undefined, '0%', vermilion],
    [0, undefined, '0%', vermilion],
    [1.7, undefined, '100%', darkBlue],
    [-1, undefined, '0%', vermilion],
    [null, undefined, NOT_SCORED, NOT_SCORED_COLOUR],
    [undefined, undefined, NOT_SCORED, NOT_SCORED_COLOUR],
    [Number.NaN, undefined, NOT_SCORED, NOT_SCORED_COLOUR],
    [Number.NaN, { low: 0.1, high: 0.2 }, NOT_SCORED, NOT_SCORED_COLOUR],
    [Number.POSITIVE_INFINITY, undefined, NOT_SCORED, NOT_SCORED_COLOUR],
  ])('value %s interval %j -> %j', (value, interval, message, colour) => {
    const m = badge(value, { interval });
    expect(m.message).toBe(message);
    expect(m.colour).toBe(colour);
  });

  it.each([
    [0.55, { low: 0.49, high: 0.61 }, 6],
    [0.55, { low: 0.2, high: 0.56 }, 35],
    [0.55, { low: -1, high: 2 }, 55], // bounds are clamped to 0..1
    [0.55, { low: 0.6, high: 0.7 }, 15], // interval not containing the value still reports the spread
  ])('intervalHalfWidth(%f, %j) = %i', (v, iv, half) => expect(intervalHalfWidth(v, iv)).toBe(half));

  it('words the accessible name by kind and keeps the interval bounds in the title', () => {
    const pass = badge(0.55, { interval: { low: 0.49, high: 0.61 } });
    expect(pass.ariaLabel).toBe('swe-bench: pass rate 55% ±6');
    expect(pass.title).toBe('swe-bench: pass rate 55% ±6 (interval 49%–61%)');
    const composite = badge(0.55, { kind: 'composite' });
    expect(composite.ariaLabel).toBe('swe-bench: composite score 55%');
    expect(badge(null).ariaLabel).toBe('swe-bench: not scored');
  });
});

describe('makeBadge widths', () => {
  const labels = ['', 'a', 'ab', 'swe-bench', 'openhands × meta/llama-3.3-70b-instruct', 'Łódź 日本 🦙', 'x'.repeat(300), 'W'.repeat(80)];
  const values = [0, 0.05, 0.553, 1, null, Number.NaN];
  const cases = labels.flatMap((label) => values.map((value) => [label, value] as const));

  it.each(cases)('label %j value %s: odd segments, no NaN, within limits', (label, value) => {
    const m = makeBadge({ label, value, interval: { low: 0.4, high: 0.7 }, kind: 'pass' });
    for (const [key, v] of Object.entries(m)) {
      if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
      else expect(v, key).not.toMatch(/NaN|undefined|null/);
    }
    expect(m.messageWidth % 2).toBe(1);
    expect(m.labelWidth === 0 || m.labelWidth % 2 === 1).toBe(true);
    expect(m.labelWidth).toBe(label === '' ? 0 : roundUpToOdd(textWidth(m.label)) + 2 * BADGE_LAYOUT.horizontalPadding);
    expect(m.totalWidth).toBe(m.labelWidth + m.messageWidth);
    expect(m.labelWidth).toBeLessThanOrEqual(BADGE_LAYOUT.maxLabelWidth);
    expect(m.messageWidth).toBeLessThanOrEqual(BADGE_LAYOUT.maxMessageWidth);
    expect(m.labelTextWidth).toBeLessThanOrEqual(m.labelWidth);
  });

  it('keeps the example cell label whole', () => {
    const m = makeBadge({ label: 'openhands × meta/llama-3.3-70b-instruct', value: 0.553, kind: 'pass' });
    expect(m.label).toBe('openhands × meta/llama-3.3-70b-instruct');
  });

  it('shortens an over-long label with an ellipsis, but names it in full for assistive tech', () => {
    const long = `openhands × ${'very-long-model-name-'.repeat(8)}instruct`;
    const m = makeBadge({ label: long, value: 0.5, kind: 'pass' });
    expect(m.label.endsWith(ELLIPSIS)).toBe(true);
    expect(m.label.length).toBeLessThan(long.length);
    expect(m.ariaLabel).toBe(`${long}: pass rate 50%`);
    expect(m.title.startsWith(long)).toBe(true);
  });

  it('normalises control characters and whitespace runs in labels', () => {
    const m = makeBadge({ label: '  a\u0000b\n\tc  ', value: 0.5, kind: 'pass' });
    expect(m.label).toBe('ab c');
    expect(m.ariaLabel).toBe('ab c: pass rate 50%');
  });
});
