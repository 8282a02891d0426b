import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.ts';

describe('wilsonInterval', () => {
  // Expected bounds computed by hand from the closed form with z = 1.959964.
  it.each([
    { s: 8, n: 10, low: 0.490162, high: 0.943318 },
    { s: 0, n: 10, low: 0, high: 0.277533 },
    { s: 10, n: 10, low: 0.722467, high: 1 },
    { s: 50, n: 100, low: 0.403832, high: 0.596168 },
    { s: 1, n: 3, low: 0.061492, high: 0.79234 },
    { s: 95, n: 100, low: 0.88825, high: 0.978456 },
  ])('$s/$n -> [$low, $high]', ({ s, n, low, high }) => {
    const interval = wilsonInterval(s, n);
    expect(interval?.estimate).toBeCloseTo(s / n, 12);
    expect(interval?.low).toBeCloseTo(low, 5);
    expect(interval?.high).toBeCloseTo(high, 5);
  });

  it('pins the extreme bounds to exactly 0 and 1', () => {
    expect(wilsonInterval(0, 10)?.low).toBe(0);
    expect(wilsonInterval(10, 10)?.high).toBe(1);
  });

  it('uses a custom z (z = 1, ~68%)', () => {
    const interval = wilsonInterval(8, 10, 1);
    expect(interval?.low).toBeCloseTo(0.649078, 5);
    expect(interval?.high).toBeCloseTo(0.896377, 5);
  });

  it('returns null for n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it.each([
    { s: 11, n: 10 },
    { s: -1, n: 10 },
    { s: 1.5, n: 10 },
    { s: 0, n: -1 },
  ])('rejects $s/$n', ({ s, n }) => {
    expect(() => wilsonInterval(s, n)).toThrow(RangeError);
  });
});
