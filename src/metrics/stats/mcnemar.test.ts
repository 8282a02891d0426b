import { describe, expect, it } from 'vitest';
import { discordantCounts, mcnemarExact } from './mcnemar.ts';

describe('mcnemarExact', () => {
  it.each([
    { b: 1, c: 9, p: 0.021484375 }, // 2·(1 + 10)/1024
    { b: 9, c: 1, p: 0.021484375 }, // symmetric
    { b: 0, c: 5, p: 0.0625 }, // 2·1/32
    { b: 3, c: 3, p: 1 }, // 2·42/64 > 1, capped
    { b: 2, c: 8, p: 0.109375 }, // 2·(1 + 10 + 45)/1024
    { b: 0, c: 0, p: 1 },
    { b: 0, c: 1, p: 1 },
  ])('b=$b c=$c -> $p', ({ b, c, p }) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(p, 12);
  });

  // Exact rational values computed with big-integer binomials.
  it.each([
    { b: 10, c: 30, p: 0.0022214337732293643 },
    { b: 400, c: 600, p: 2.7284641560660184e-10 },
    { b: 2000, c: 2100, p: 0.12206497999113813 },
    { b: 1500, c: 1000, p: 1.3325871648376252e-23 },
  ])('stays accurate for large n: b=$b c=$c', ({ b, c, p }) => {
    expect(Math.abs(mcnemarExact(b, c) / p - 1)).toBeLessThan(1e-9);
  });

  it.each([
    { b: -1, c: 2 },
    { b: 1.5, c: 2 },
  ])('rejects b=$b c=$c', ({ b, c }) => {
    expect(() => mcnemarExact(b, c)).toThrow(RangeError);
  });
});

describe('discordantCounts', () => {
  it.each([
    { a: [true, true, false], b: [true, false, true], expected: { b: 1, c: 1 } },
    { a: [true, true, true], b: [false, false, true], expected: { b: 2, c: 0 } },
    { a: [false, false], b: [false, false], expected: { b: 0, c: 0 } },
  ])('$a vs $b', ({ a, b, expected }) => {
    expect(discordantCounts(a, b)).toEqual(expected);
  });

  it('rejects unequal lengths', () => {
    expect(() => discordantCounts([true], [true, false])).toThrow(RangeError);
  });
});
