import { describe, expect, it } from 'vitest';
import { BADGE_LAYOUT, NOT_SCORED, intervalHalfWidth, makeBadge, roundUpToOdd, type CellBadgeInput, type RateBadgeInput } from './badge-model.ts';
import { COLOUR_SCALE, NOT_SCORED_COLOUR, type Tone } from './colour-scale.ts';
import { textWidth } from './text-width.ts';
import { ELLIPSIS } from './truncate.ts';

const [darkBlue, blue, greyTeal, orange, vermilion] = COLOUR_SCALE.map((s) => s.colour);
const badge = (value: RateBadgeInput['value'], extra: Partial<RateBadgeInput> = {}) =>
  makeBadge({ label: 'swe-bench', value, kind: 'pass', ...extra });
const SEED = { tui: 'openhands', model: 'meta/llama-3.3-70b-instruct', task: 'mutations/rust-error-negated' } as const;
const cellBadge = (verdict: string, tone: Tone, score: number | null, parts: Partial<CellBadgeInput> = {}) =>
  makeBadge({ kind: 'cell', ...SEED, verdict, tone, score, ...parts });

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

describe('makeBadge rate message and colour', () => {
  it.each([
    [0.553, undefined, 'pass rate 55%', greyTeal],
    [0.55, { low: 0.49, high: 0.61 }, 'pass rate 55% ±6', greyTeal],
    [0.55, { low: 0.5, high: 0.58 }, 'pass rate 55% ±5', greyTeal], // asymmetric: the larger side wins
    [0.55, { low: 0.55, high: 0.55 }, 'pass rate 55% ±0', greyTeal],
    [0.55, { low: Number.NaN, high: 0.6 }, 'pass rate 55%', greyTeal], // unusable interval is dropped
    [0.55, null, 'pass rate 55%', greyTeal],
    [1, undefined, 'pass rate 100%', darkBlue],
    [0.796, undefined, 'pass rate 80%', darkBlue], // colour follows the number shown
    [0.794, undefined, 'pass rate 79%', blue],
    [0.6, undefined, 'pass rate 60%', blue],
    [0.2, undefined, 'pass rate 20%', orange],
    [0.004, undefined, 'pass rate 0%', vermilion],
    [0, undefined, 'pass rate 0%', vermilion],
    [1.7, undefined, 'pass rate 100%', darkBlue],
    [-1, undefined, 'pass rate 0%', vermilion],
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

  it('says "pass rate" in the accessible name and keeps the interval bounds in the title', () => {
    const pass = badge(0.55, { interval: { low: 0.49, high: 0.61 } });
    expect(pass.ariaLabel).toBe('swe-bench: pass rate 55% ±6');
    expect(pass.title).toBe('swe-bench: pass rate 55% ±6 (interval 49%–61%)');
    expect(badge(null).ariaLabel).toBe('swe-bench: not scored');
    expect(badge(0.5, { label: '' }).ariaLabel).toBe('pass rate 50%');
  });
});

describe('makeBadge cell message, colour and accessible name', () => {
  const seedName = 'openhands × meta/llama-3.3-70b-instruct on mutations/rust-error-negated';
  it.each([
    ['pass', 'good', 0.734, 'pass · score 0.734', darkBlue, 'pass, score 0.734'],
    ['fail', 'bad', 0.1 / 0.65, 'fail · score 0.154', vermilion, 'fail, score 0.154'],
    ['timeout', 'bad', 0.21, 'timeout · score 0.210', vermilion, 'timeout, score 0.210'],
    ['refused', 'good', 0.9, 'refused · score 0.900', darkBlue, 'refused, score 0.900'],
    ['missed refusal', 'bad', 0, 'missed refusal · score 0.000', vermilion, 'missed refusal, score 0.000'],
    ['wrongly refused', 'bad', 0.9, 'wrongly refused · score 0.900', vermilion, 'wrongly refused, score 0.900'],
    ['pass', 'good', 1, 'pass · score 1.000', darkBlue, 'pass, score 1.000'],
    ['not scored', 'neutral', null, 'not scored', NOT_SCORED_COLOUR, 'not scored'],
    // A verdict with no score (never produced today) still says the verdict, never "NaN".
    ['fail', 'bad', Number.NaN, 'fail', vermilion, 'fail'],
    ['', 'neutral', null, 'not scored', NOT_SCORED_COLOUR, 'not scored'],
  ] as const)('%s (%s, %s) -> %j', (verdict, tone, score, message, colour, spoken) => {
    const m = cellBadge(verdict, tone, score);
    expect(m.message).toBe(message);
    expect(m.colour).toBe(colour);
    expect(m.ariaLabel).toBe(`${seedName}: ${spoken}`);
    expect(m.title).toBe(m.ariaLabel);
  });

  it('colours by the verdict, not the score: a failed run with a high score is still "bad"', () => {
    expect(cellBadge('fail', 'bad', 0.95).colour).toBe(vermilion);
    expect(cellBadge('pass', 'good', 0.05).colour).toBe(darkBlue);
  });

  it.each(['pass', 'fail', 'timeout', 'refused', 'missed refusal', 'wrongly refused'])(
    'draws "%s · score 0.888" whole within the message budget',
    (verdict) => {
      const m = cellBadge(verdict, 'bad', 0.888);
      expect(m.message).toBe(`${verdict} · score 0.888`);
      expect(m.messageWidth).toBeLessThanOrEqual(BADGE_LAYOUT.maxMessageWidth);
    },
  );

  it('draws the seed cell with its task and names it in full', () => {
    const m = cellBadge('fail', 'bad', 0.154);
    expect(m.label).toBe('openhands × llama-3.3-70b-instruct · rust-error-negated');
    expect(m.labelWidth).toBeLessThanOrEqual(BADGE_LAYOUT.maxCellLabelWidth);
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

  it.each(['openhands × meta/llama-3.3-70b-instruct', 'openhands × mistralai/mistral-small-4-119b-2603'])('keeps the config label %j whole', (label) => {
    expect(makeBadge({ label, value: 0.553, kind: 'pass' }).label).toBe(label);
  });

  const cellParts = [
    SEED,
    { tui: 'a', model: 'b/c', task: 'd/e' },
    { tui: 'openhands', model: `vendor/${'very-long-model-name-'.repeat(8)}`, task: `cat/${'long-task-'.repeat(12)}` },
    { tui: 'x'.repeat(120), model: 'y'.repeat(120), task: `z/${'w'.repeat(120)}` },
  ];
  it.each(cellParts)('cell badge %j: odd segments, no NaN, within limits, task kept', (parts) => {
    const m = makeBadge({ kind: 'cell', ...parts, verdict: 'wrongly refused', tone: 'bad', score: 0.123 });
    for (const [key, v] of Object.entries(m)) {
      if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
      else expect(v, key).not.toMatch(/NaN|undefined|null/);
    }
    expect(m.labelWidth % 2).toBe(1);
    expect(m.messageWidth % 2).toBe(1);
    expect(m.labelWidth).toBeLessThanOrEqual(BADGE_LAYOUT.maxCellLabelWidth);
    expect(m.messageWidth).toBeLessThanOrEqual(BADGE_LAYOUT.maxMessageWidth);
    expect(m.label).toMatch(/ · \S/);
    expect(m.ariaLabel).toBe(`${parts.tui} × ${parts.model} on ${parts.task}: wrongly refused, score 0.123`);
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
