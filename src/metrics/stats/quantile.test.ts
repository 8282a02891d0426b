import { describe, expect, it } from 'vitest';
import { mean, median, p90, quantile, quantileSorted } from './quantile.ts';

describe('quantile (type 7)', () => {
  it.each([
    // h = (n-1)q; x[floor h] + frac(h)·(x[floor h + 1] - x[floor h])
    { values: [1, 2, 3, 4], q: 0.9, expected: 3.7 }, // h = 2.7
    { values: [1, 2, 3, 4], q: 0.25, expected: 1.75 }, // h = 0.75
    { values: [4, 1, 3, 2], q: 0.5, expected: 2.5 }, // unsorted input
    { values: [15, 20, 35, 40, 50], q: 0.4, expected: 29 }, // h = 1.6: 20 + 0.6·15
    { values: [15, 20, 35, 40, 50], q: 0, expected: 15 },
    { values: [15, 20, 35, 40, 50], q: 1, expected: 50 },
    { values: [7], q: 0.3, expected: 7 },
  ])('quantile($values, $q) = $expected', ({ values, q, expected }) => {
    expect(quantile(values, q)).toBeCloseTo(expected, 12);
  });

  it('returns null for empty input', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantileSorted([], 0.5)).toBeNull();
  });

  it('does not mutate its input', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([-0.1, 1.1, Number.NaN])('rejects q = %s', (q) => {
    expect(() => quantile([1, 2], q)).toThrow(RangeError);
  });

  it('rejects non-finite values instead of returning NaN', () => {
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => mean([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});

describe('median, p90, mean', () => {
  it.each([
    { values: [3, 1, 2], median: 2, p90: 2.8, mean: 2 },
    { values: [1, 2, 3, 4], median: 2.5, p90: 3.7, mean: 2.5 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], median: 5.5, p90: 9.1, mean: 5.5 },
    { values: [1, 2, 6], median: 2, p90: 5.2, mean: 3 },
  ])('$values', ({ values, median: med, p90: p, mean: m }) => {
    expect(median(values)).toBeCloseTo(med, 12);
    expect(p90(values)).toBeCloseTo(p, 12);
    expect(mean(values)).toBeCloseTo(m, 12);
  });

  it('returns null (not NaN) for empty input', () => {
    expect(median([])).toBeNull();
    expect(p90([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});
