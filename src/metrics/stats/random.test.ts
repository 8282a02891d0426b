import { describe, expect, it } from 'vitest';
import { createRandom, randomIndex, seedFromString } from './random.ts';

describe('createRandom (mulberry32)', () => {
  // Reference values from an independent Python port of mulberry32.
  it.each([
    { seed: 42, first: [0.6011037519201636, 0.44829055899754167, 0.8524657934904099] },
    { seed: 0, first: [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197] },
  ])('seed $seed yields the reference sequence', ({ seed, first }) => {
    const next = createRandom(seed);
    expect([next(), next(), next()]).toEqual(first);
  });

  it('truncates the seed to 32 bits', () => {
    const a = createRandom(42);
    const b = createRandom(2 ** 32 + 42);
    expect([b(), b()]).toEqual([a(), a()]);
  });

  it('is deterministic and seed-dependent', () => {
    const draw = (seed: number) => {
      const next = createRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const next = createRandom(123);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    // Uniform mean 1/2, sd of the mean sqrt(1/12/20000) ≈ 0.002; 0.01 is 5 sd.
    expect(Math.abs(sum / 20_000 - 0.5)).toBeLessThan(0.01);
  });
});

describe('randomIndex', () => {
  it('hits every index in 0..n-1 and nothing else', () => {
    const next = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomIndex(next, 7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('seedFromString (FNV-1a 32-bit)', () => {
  // Published FNV-1a test vectors; 'é' checks UTF-8 bytes (0xc3 0xa9).
  it.each([
    { s: '', hash: 0x811c9dc5 },
    { s: 'a', hash: 0xe40c292c },
    { s: 'foobar', hash: 0xbf9cf968 },
    { s: 'é', hash: 0x1e9de8c1 },
  ])('hashes "$s" to $hash', ({ s, hash }) => {
    expect(seedFromString(s)).toBe(hash);
  });
});
