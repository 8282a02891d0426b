import { describe, expect, it } from 'vitest';
import { buildUnits, isUnitPassed } from './config-task-units.ts';
import { scoreCells } from './normalise.ts';
import { makeSweep, testCellId } from '../../tests/helpers/test-sweep.ts';

describe('buildUnits (rerun mean)', () => {
  const sweep = makeSweep([
    { tui: 'b', task: 'c/t', attempt: 2, pass: 0 },
    { tui: 'b', task: 'c/t', attempt: 1, pass: 1 },
    { tui: 'b', task: 'c/t', attempt: 3, pass: 0, failure: 'infra' },
    { tui: 'a', task: 'c/u', pass: 0.5 },
    { tui: 'a', task: 'c/t', pass: 0, failure: 'harness' },
  ]);
  const units = buildUnits(scoreCells(sweep).values());

  it('orders configs and tasks by key, runs by attempt', () => {
    expect([...units.keys()]).toEqual(['a/vendor/model-a', 'b/vendor/model-a']);
    expect([...(units.get('a/vendor/model-a')?.keys() ?? [])]).toEqual(['c/t', 'c/u']);
    expect(units.get('b/vendor/model-a')?.get('c/t')?.runs.map((r) => r.cellId)).toEqual([1, 2, 3].map((n) => testCellId('b', 'vendor/model-a', 'c/t', n)));
  });

  it.each<[string, string, number | null, number, number]>([
    // runs 1 (composite 1) and 2 (0) are scored, run 3 is excluded: mean (1 + 0) / 2
    ['two scored runs and an excluded one', 'b/vendor/model-a', 0.5, 1, 2],
    ['every run excluded', 'a/vendor/model-a', null, 0, 0],
  ])('%s', (_, config, composite, passes, scored) => {
    const unit = units.get(config)?.get('c/t');
    expect(unit?.composite).toBe(composite);
    expect(unit?.passes).toBe(passes);
    expect(unit?.scored).toHaveLength(scored);
  });

  it('a fractional pass of 0.5 composes as itself (composite = pass when only pass is recorded)', () => {
    expect(units.get('a/vendor/model-a')?.get('c/u')).toMatchObject({ composite: 0.5, passes: 1 });
  });
});

describe('isUnitPassed (majority of scored runs)', () => {
  const runs = (n: number) => Array.from({ length: n }) as never[];
  it.each([
    [0, 0, false],
    [1, 1, true],
    [0, 1, false],
    [1, 2, true],
    [1, 3, false],
    [2, 3, true],
  ])('%i of %i -> %s', (passes, n, expected) => {
    expect(isUnitPassed({ passes, scored: runs(n) })).toBe(expected);
  });
});
