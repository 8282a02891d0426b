import { describe, expect, it } from 'vitest';
import { createRng, deriveRng, hashString, mulberry32 } from './random.ts';

describe('mulberry32', () => {
  it('is a pure function of its seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('differs between seeds', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('createRng helpers', () => {
  const rng = createRng(7);
  it.each([
    ['int stays in [min, max]', () => Array.from({ length: 500 }, () => rng.int(3, 5)).every((n) => n >= 3 && n <= 5 && Number.isInteger(n))],
    ['int reaches both ends', () => new Set(Array.from({ length: 500 }, () => rng.int(3, 5))).size === 3],
    ['float stays in [min, max)', () => Array.from({ length: 500 }, () => rng.float(-1, 1)).every((x) => x >= -1 && x < 1)],
    ['chance(0) is never true', () => Array.from({ length: 100 }, () => rng.chance(0)).every((x) => !x)],
    ['chance(1) is always true', () => Array.from({ length: 100 }, () => rng.chance(1)).every((x) => x)],
    ['hex has the asked length', () => /^[0-9a-f]{32}$/.test(rng.hex(32)) && /^[0-9a-f]{5}$/.test(rng.hex(5))],
    ['sample picks distinct items', () => new Set(rng.sample([1, 2, 3, 4, 5], 4)).size === 4],
    ['shuffle keeps every item', () => rng.shuffle([1, 2, 3, 4]).sort().join() === '1,2,3,4'],
    ['logNormal is positive', () => Array.from({ length: 200 }, () => rng.logNormal(1000, 0.8)).every((x) => x > 0)],
  ])('%s', (_name, check) => {
    expect(check()).toBe(true);
  });

  it('normal is centred on its mean', () => {
    const xs = Array.from({ length: 4000 }, () => rng.normal(10, 2));
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(10, 0);
  });

  it('pick refuses an empty list', () => {
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});

describe('deriveRng', () => {
  it('gives each key its own stream, stable across calls', () => {
    expect(deriveRng(1, 'cell', 'a').hex(16)).toBe(deriveRng(1, 'cell', 'a').hex(16));
    expect(deriveRng(1, 'cell', 'a').hex(16)).not.toBe(deriveRng(1, 'cell', 'b').hex(16));
    expect(deriveRng(1, 'cell', 'a').hex(16)).not.toBe(deriveRng(2, 'cell', 'a').hex(16));
  });

  it('hashString is a 32-bit unsigned integer', () => {
    const h = hashString('free-20260527');
    expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
  });
});
