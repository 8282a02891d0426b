import { describe, expect, it } from 'vitest';
import { midRanks } from './mid-rank.ts';

describe('midRanks', () => {
  it.each([
    { values: [3, 2, 1], ranks: [1, 2, 3] },
    { values: [1, 2, 3], ranks: [3, 2, 1] },
    { values: [0.5, 0.9, 0.5], ranks: [2.5, 1, 2.5] },
    { values: [1, 1, 1, 1], ranks: [2.5, 2.5, 2.5, 2.5] },
    { values: [4, 2, 2, 2, 1], ranks: [1, 3, 3, 3, 5] },
    { values: [-Infinity, 1, -Infinity], ranks: [2.5, 1, 2.5] },
    { values: [], ranks: [] },
  ])('$values -> $ranks', ({ values, ranks }) => {
    expect(midRanks(values)).toEqual(ranks);
  });

  it('rejects NaN', () => {
    expect(() => midRanks([1, Number.NaN])).toThrow(RangeError);
  });
});
