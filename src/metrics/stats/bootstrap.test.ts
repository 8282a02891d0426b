import { describe, expect, it } from 'vitest';
import { bootstrapMeanInterval, pairedBootstrapDifference, percentileBounds } from './bootstrap.ts';

const ones = (n: number) => Array.from({ length: n }, () => 1);
const zeros = (n: number) => Array.from({ length: n }, () => 0);

describe('percentileBounds', () => {
  it.each([
    { stats: [5, 1, 4, 2, 3], level: 0.5, low: 2, high: 4 }, // q 0.25 and 0.75, h = 1 and 3
    { stats: [1, 2, 3, 4, 5], level: 0.9, low: 1.2, high: 4.8 }, // q 0.05 and 0.95, h = 0.2 and 3.8
  ])('$stats at level $level', ({ stats, level, low, high }) => {
    const bounds = percentileBounds([...stats], level);
    expect(bounds.low).toBeCloseTo(low, 12);
    expect(bounds.high).toBeCloseTo(high, 12);
  });
});

describe('bootstrapMeanInterval', () => {
  it('returns null for empty input', () => {
    expect(bootstrapMeanInterval([], { seed: 1 })).toBeNull();
  });

  it('is identical for the same seed and differs for another seed', () => {
    // Distinct reals, so resample means rarely coincide across seeds.
    const values = [0.13, 0.71, 0.42, 0.99, 0.05, 0.58, 0.27, 0.84];
    const a = bootstrapMeanInterval(values, { seed: 11, iterations: 500, level: 0.8 });
    const b = bootstrapMeanInterval(values, { seed: 11, iterations: 500, level: 0.8 });
    const c = bootstrapMeanInterval(values, { seed: 12, iterations: 500, level: 0.8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('is degenerate for constant values', () => {
    const interval = bootstrapMeanInterval([0.4, 0.4, 0.4], { seed: 3 });
    expect(interval?.estimate).toBeCloseTo(0.4, 12);
    expect(interval?.low).toBeCloseTo(0.4, 12);
    expect(interval?.high).toBeCloseTo(0.4, 12);
  });

  it('spans {0, 1/2, 1} resample means for [0, 1]', () => {
    // Resample means are 0, 1/2, 1 with probability 1/4, 1/2, 1/4, so the
    // 2.5% and 97.5% quantiles are the extremes.
    expect(bootstrapMeanInterval([0, 1], { seed: 9 })).toEqual({ estimate: 0.5, low: 0, high: 1 });
  });

  it('matches the normal approximation for 50/100 passes', () => {
    // p ± 1.96·sqrt(0.25/100) = [0.402, 0.598]
    const interval = bootstrapMeanInterval([...ones(50), ...zeros(50)], { seed: 2024, iterations: 4000 });
    expect(interval?.estimate).toBe(0.5);
    expect(Math.abs((interval?.low ?? 0) - 0.402)).toBeLessThan(0.015);
    expect(Math.abs((interval?.high ?? 0) - 0.598)).toBeLessThan(0.015);
  });

  it('narrows as the level drops', () => {
    const values = [...ones(30), ...zeros(20)];
    const wide = bootstrapMeanInterval(values, { seed: 5, level: 0.95 });
    const narrow = bootstrapMeanInterval(values, { seed: 5, level: 0.5 });
    expect((narrow?.high ?? 0) - (narrow?.low ?? 0)).toBeLessThan((wide?.high ?? 0) - (wide?.low ?? 0));
  });

  it.each([
    { iterations: 0, level: 0.95 },
    { iterations: 1.5, level: 0.95 },
    { iterations: 100, level: 1 },
    { iterations: 100, level: 0 },
  ])('rejects iterations=$iterations level=$level', ({ iterations, level }) => {
    expect(() => bootstrapMeanInterval([1], { seed: 1, iterations, level })).toThrow(RangeError);
  });
});

describe('pairedBootstrapDifference', () => {
  it('is degenerate when the difference is the same on every task', () => {
    const b = [0.1, 0.5, 0.3, 0.7];
    const a = b.map((x) => x + 0.25);
    const d = pairedBootstrapDifference(a, b, { seed: 4 });
    expect(d?.estimate).toBeCloseTo(0.25, 12);
    expect(d?.low).toBeCloseTo(0.25, 12);
    expect(d?.high).toBeCloseTo(0.25, 12);
  });

  it('spans [0, 1] when the configs differ on one of two tasks', () => {
    // Paired differences {1, 0}: resample means 0, 1/2, 1 as for [0, 1].
    expect(pairedBootstrapDifference([1, 0], [0, 0], { seed: 9 })).toEqual({ estimate: 0.5, low: 0, high: 1 });
  });

  it('pairs by index: task difficulty does not widen the interval', () => {
    // Same shared difficulty pattern; a also passes one extra task of 40.
    const b = [...ones(20), ...zeros(20)];
    const a = [...b];
    a[39] = 1;
    const d = pairedBootstrapDifference(a, b, { seed: 8 });
    expect(d?.estimate).toBeCloseTo(1 / 40, 12);
    // Only the one discordant task varies: means are (#draws of task 39)/40 ≥ 0.
    expect(d?.low).toBe(0);
    expect(d?.high).toBeLessThanOrEqual(4 / 40);
  });

  it('is deterministic for a fixed seed', () => {
    const a = [1, 0, 1, 1, 0, 1];
    const b = [0, 0, 1, 0, 1, 1];
    expect(pairedBootstrapDifference(a, b, { seed: 77 })).toEqual(pairedBootstrapDifference(a, b, { seed: 77 }));
  });

  it('returns null for empty input and rejects unequal lengths', () => {
    expect(pairedBootstrapDifference([], [], { seed: 1 })).toBeNull();
    expect(() => pairedBootstrapDifference([1], [1, 0], { seed: 1 })).toThrow(RangeError);
  });
});
