import { describe, expect, it } from 'vitest';
import { rankBands } from './rank-bands.ts';

const row = (passes: number, total = 30): number[] => Array.from({ length: total }, (_, i) => (i < passes ? 1 : 0));
const byConfig = (bands: ReturnType<typeof rankBands>) => new Map(bands.map((b) => [b.config, b]));

describe('rankBands', () => {
  it('separates a clear winner: A 30/30 vs B 5/30', () => {
    const bands = byConfig(rankBands(new Map([['B', row(5)], ['A', row(30)]]), { seed: 1 }));
    expect(bands.get('A')).toMatchObject({ rank: 1, rankLow: 1, rankHigh: 1, tiedWithLeader: true, estimate: 1 });
    expect(bands.get('B')).toMatchObject({ rank: 2, rankLow: 2, rankHigh: 2, tiedWithLeader: false });
    expect(bands.get('B')?.gapToLeader?.estimate).toBeCloseTo(25 / 30, 12);
    expect(bands.get('B')?.gapToLeader?.low).toBeGreaterThan(0);
  });

  it('ties near-identical configs that differ on 1 of 30 tasks', () => {
    // A passes tasks 0..19, B passes 1..19. Task 0 is absent from a resample
    // with probability (29/30)^30 ≈ 0.36, so both configs tie (mid-rank 1.5)
    // in about a third of resamples and the gap's 2.5% quantile is 0.
    const b = row(20);
    b[0] = 0;
    const bands = byConfig(rankBands(new Map([['A', row(20)], ['B', b]]), { seed: 2 }));
    expect(bands.get('A')).toMatchObject({ rank: 1, rankLow: 1, rankHigh: 2, tiedWithLeader: true });
    expect(bands.get('B')).toMatchObject({ rank: 2, rankLow: 1, rankHigh: 2, tiedWithLeader: true });
    expect(bands.get('B')?.gapToLeader).toMatchObject({ low: 0 });
    expect(bands.get('B')?.gapToLeader?.estimate).toBeCloseTo(1 / 30, 12);
  });

  it('orders three well-separated configs 1-1, 2-2, 3-3', () => {
    const bands = rankBands(new Map([['mid', row(15)], ['low', row(0)], ['top', row(30)]]), { seed: 3 });
    expect(bands.map((b) => [b.config, b.rank, b.rankLow, b.rankHigh, b.tiedWithLeader])).toEqual([
      ['top', 1, 1, 1, true],
      ['mid', 2, 2, 2, false],
      ['low', 3, 3, 3, false],
    ]);
  });

  it('breaks equal point estimates by key but gives identical configs the same band', () => {
    // Every resample ties them at mid-rank 1.5, so both bands are 1-2.
    const bands = rankBands(new Map([['b', row(12)], ['a', row(12)]]), { seed: 4 });
    expect(bands.map((x) => [x.config, x.rank, x.rankLow, x.rankHigh, x.tiedWithLeader])).toEqual([
      ['a', 1, 1, 2, true],
      ['b', 2, 1, 2, true],
    ]);
  });

  it('excludes null (missing) tasks from means and from the leader gap', () => {
    // x scored only task 0 (1.0); y scored all 30 at 0.5. x leads on its
    // estimate, but x is missing from resamples that skip task 0
    // (probability ≈ 0.36) and then ranks last, so its band is 1-2. The gap
    // uses only task 0: always 1 - 0.5, hence not tied.
    const x = [1, ...Array.from({ length: 29 }, () => null)];
    const y = Array.from({ length: 30 }, () => 0.5);
    const bands = byConfig(rankBands(new Map<string, (number | null)[]>([['x', x], ['y', y]]), { seed: 5 }));
    expect(bands.get('x')).toMatchObject({ estimate: 1, tasks: 1, rank: 1, rankLow: 1, rankHigh: 2 });
    expect(bands.get('y')).toMatchObject({ estimate: 0.5, tasks: 30, rank: 2, tiedWithLeader: false });
    expect(bands.get('y')?.gapToLeader).toEqual({ estimate: 0.5, low: 0.5, high: 0.5 });
  });

  it('treats configs with no shared scored task as tied', () => {
    const bands = byConfig(rankBands(new Map([['x', [1, null]], ['y', [null, 0]]]), { seed: 6 }));
    expect(bands.get('y')).toMatchObject({ tiedWithLeader: true, gapToLeader: null });
  });

  it('is deterministic for a fixed seed', () => {
    const scores = new Map([['a', [1, 0, 1, 1, 0, 1]], ['b', [0, 1, 1, 0, 0, 1]], ['c', [1, 1, 0, 0, 1, 0]]]);
    expect(rankBands(scores, { seed: 9, iterations: 300 })).toEqual(rankBands(scores, { seed: 9, iterations: 300 }));
  });

  it('returns [] for no configs and rejects malformed input', () => {
    expect(rankBands(new Map(), { seed: 1 })).toEqual([]);
    expect(() => rankBands(new Map([['a', [1, 0]], ['b', [1]]]), { seed: 1 })).toThrow(RangeError);
    expect(() => rankBands(new Map([['a', [null, null]]]), { seed: 1 })).toThrow(RangeError);
    expect(() => rankBands(new Map([['a', [Number.NaN]]]), { seed: 1 })).toThrow(RangeError);
  });
});
