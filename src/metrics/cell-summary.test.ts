import { describe, expect, it } from 'vitest';
import { summariseCells } from './cell-summary.ts';
import { scoreCells } from './normalise.ts';
import { makeSweep, type CellSpec } from '../../tests/helpers/test-sweep.ts';

const summary = (specs: CellSpec[]) => summariseCells([...scoreCells(makeSweep(specs)).values()]);

describe('summariseCells', () => {
  it.each<[string, CellSpec[], number | null, number]>([
    ['no cells', [], null, 0],
    ['tokens not recorded anywhere', [{ task: 'c/a', pass: 1, tokens: 0 }], null, 0],
    ['recorded but nothing passed', [{ task: 'c/a', pass: 0, tokens: 500 }], null, 1],
    // only the recorded cells count: (1000 + 3000) tokens / 1 pass; the unrecorded pass adds neither
    [
      'tokens per correct task over recorded cells only',
      [
        { task: 'c/a', pass: 1, tokens: 1000 },
        { task: 'c/b', pass: 0, tokens: 3000 },
        { task: 'c/c', pass: 1 },
      ],
      4000,
      2,
    ],
  ])('%s', (_, specs, perCorrect, cells) => {
    const s = summary(specs);
    expect(s.tokensPerCorrect).toBe(perCorrect);
    expect(s.tokensCells).toBe(cells);
  });

  it('wall quantiles are type-7: median 25, p90 37 of [10, 20, 30, 40]', () => {
    const s = summary([10, 20, 30, 40].map((wall, i) => ({ task: `c/${i}`, pass: 1, wall })));
    expect(s.wallMedianMs).toBe(25);
    expect(s.wallP90Ms).toBeCloseTo(37, 12);
    expect(s.passRate?.estimate).toBe(1);
  });

  it('empty input gives nulls, never NaN', () => {
    expect(summary([])).toEqual({
      cells: 0,
      passes: 0,
      passRate: null,
      tokensPerCorrect: null,
      tokensCells: 0,
      wallMedianMs: null,
      wallP90Ms: null,
      blastMean: null,
      refusalAccuracy: null,
      refusalCells: 0,
      integrity: null,
      integrityCells: 0,
    });
  });
});
