import { describe, expect, it } from 'vitest';
import { isFlaky, passAtK, passHatK } from './pass-at-k.ts';

describe('passAtK', () => {
  it.each([
    { n: 3, c: 1, k: 1, expected: 1 / 3 },
    { n: 3, c: 1, k: 2, expected: 2 / 3 }, // 1 - C(2,2)/C(3,2)
    { n: 3, c: 1, k: 3, expected: 1 },
    { n: 10, c: 3, k: 1, expected: 0.3 }, // pass@1 = c/n
    { n: 5, c: 2, k: 2, expected: 0.7 }, // 1 - C(3,2)/C(5,2) = 1 - 3/10
    { n: 5, c: 0, k: 3, expected: 0 },
    { n: 5, c: 5, k: 1, expected: 1 },
    { n: 1000, c: 500, k: 10, expected: 0.9990668121978155 }, // exact big-integer ratio
  ])('n=$n c=$c k=$k -> $expected', ({ n, c, k, expected }) => {
    expect(passAtK(n, c, k)).toBeCloseTo(expected, 12);
  });

  it.each([
    { n: 0, c: 0, k: 1 },
    { n: 3, c: 4, k: 1 },
    { n: 3, c: 1, k: 0 },
    { n: 3, c: 1, k: 4 },
  ])('rejects n=$n c=$c k=$k', ({ n, c, k }) => {
    expect(() => passAtK(n, c, k)).toThrow(RangeError);
  });
});

describe('passHatK', () => {
  it.each([
    { n: 3, c: 2, k: 2, expected: 1 / 3 }, // C(2,2)/C(3,2)
    { n: 5, c: 2, k: 2, expected: 0.1 }, // C(2,2)/C(5,2)
    { n: 5, c: 3, k: 1, expected: 0.6 },
    { n: 4, c: 4, k: 3, expected: 1 },
    { n: 4, c: 2, k: 3, expected: 0 }, // fewer passes than k
    { n: 1000, c: 500, k: 10, expected: 0.0009331878021844999 },
  ])('n=$n c=$c k=$k -> $expected', ({ n, c, k, expected }) => {
    expect(passHatK(n, c, k)).toBeCloseTo(expected, 12);
  });

  it('rejects k > n', () => {
    expect(() => passHatK(2, 1, 3)).toThrow(RangeError);
  });
});

describe('isFlaky', () => {
  it.each([
    { outcomes: [true, false, true], flaky: true },
    { outcomes: [false, true], flaky: true },
    { outcomes: [true, true], flaky: false },
    { outcomes: [false, false, false], flaky: false },
    { outcomes: [true], flaky: false },
    { outcomes: [], flaky: false },
  ])('$outcomes -> $flaky', ({ outcomes, flaky }) => {
    expect(isFlaky(outcomes)).toBe(flaky);
  });
});
