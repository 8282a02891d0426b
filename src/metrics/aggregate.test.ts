import { describe, expect, it } from 'vitest';
import { aggregateBy, aggregateGroup, compositeValues, type GroupAggregate } from './aggregate.ts';
import { buildUnits, type ConfigTaskUnit } from './config-task-units.ts';
import { scoreCells } from './normalise.ts';
import { wilsonInterval } from './stats/index.ts';
import { exampleSweep, makeSweep, testCellId } from '../../tests/helpers/test-sweep.ts';

// Hand-computed cell composites of the example sweep (weights 0.4/0.2/0.15/0.15/0.1, no integrity or blast axes):
//   x/m1 cat/a: pass 1, cost 1000/1000, latency 10000/10000             -> 1
//   x/m1 cat/b: pass 1, cost 3000/3000, latency 20000/30000 (y's is best) -> (0.4 + 0.15 + 0.15·2/3) / 0.7 = 0.65/0.7
//   x/m1 dog/c: failed -> cost 0, latency 0                             -> 0
//   y/m1 cat/a: failed, tokens not recorded -> (0.4·0 + 0.15·0) / 0.55  -> 0
//   y/m1 cat/b: pass 1, latency 1                                       -> 1
//   y/m1 dog/c: infra (excluded)
//   x/m2 cat/a: runs 1, 0, 1 (pass only)                                -> mean 2/3
//   x/m2 cat/b: runs 0, 0, 0                                            -> 0
const XB = 0.65 / 0.7;
const units = buildUnits(scoreCells(exampleSweep()).values());
const list = (config: string): ConfigTaskUnit[] => [...(units.get(config)?.values() ?? [])];

describe('compositeValues', () => {
  it('averages configs within a task, tasks in key order', () => {
    const xUnits = [...list('x/v/m1'), ...list('x/v/m2')];
    expect(compositeValues(xUnits, 'task')).toEqual([(1 + 2 / 3) / 2, (XB + 0) / 2, 0].map((v) => expect.closeTo(v, 12)));
  });
  it('by config: one value per config', () => {
    const catA = [...units.values()].flatMap((byTask) => (byTask.get('cat/a') === undefined ? [] : [byTask.get('cat/a') as ConfigTaskUnit]));
    expect(compositeValues(catA, 'config')).toEqual([1, 2 / 3, 0].map((v) => expect.closeTo(v, 12)));
  });
});

describe('aggregateGroup: configs of the example sweep', () => {
  const x1 = aggregateGroup('test-sweep', 'config', 'x/v/m1', list('x/v/m1'));
  const y1 = aggregateGroup('test-sweep', 'config', 'y/v/m1', list('y/v/m1'));
  const x2 = aggregateGroup('test-sweep', 'config', 'x/v/m2', list('x/v/m2'));

  it.each<[string, GroupAggregate, Partial<GroupAggregate>]>([
    ['x/v/m1', x1, { cells: 3, scoredCells: 3, tasks: 3, configs: 1, passes: 2, infraFailures: 0, tokensCells: 3, tokensPerCorrect: 6000 / 2, wallMedianMs: 20_000, wallP90Ms: 28_000, compositeUnits: 3, reruns: null }],
    ['y/v/m1', y1, { cells: 3, scoredCells: 2, tasks: 3, passes: 1, infraFailures: 1, tokensCells: 0, tokensPerCorrect: null, wallMedianMs: 30_000, wallP90Ms: 38_000, compositeUnits: 2 }],
    ['x/v/m2', x2, { cells: 6, scoredCells: 6, tasks: 2, passes: 2, infraFailures: 0, tokensPerCorrect: null, wallMedianMs: null, compositeUnits: 2 }],
  ])('%s counts, tokens per correct task, wall quantiles', (_, agg, expected) => {
    expect(agg).toMatchObject(expected);
    expect(agg.blastMean).toBeNull();
    expect(agg.refusalAccuracy).toBeNull();
    expect(agg.integrity).toBeNull();
  });

  it.each<[string, GroupAggregate, number, number, number]>([
    ['x/v/m1', x1, 2, 3, (1 + XB + 0) / 3],
    ['y/v/m1 (infra cell left out)', y1, 1, 2, (0 + 1) / 2],
    ['x/v/m2 (reruns averaged per task first)', x2, 2, 6, (2 / 3 + 0) / 2],
  ])('%s: Wilson pass rate and composite mean over tasks', (_, agg, passes, n, composite) => {
    expect(agg.passRate).toEqual(wilsonInterval(passes, n));
    expect(agg.composite?.estimate).toBeCloseTo(composite, 12);
    expect(agg.composite?.low).toBeLessThanOrEqual(composite + 1e-12);
    expect(agg.composite?.high).toBeGreaterThanOrEqual(composite - 1e-12);
  });

  it('counts failure modes with example cells, excluded ones included', () => {
    expect(y1.failureModes).toEqual([
      { mode: 'infra', count: 1, examples: [testCellId('y', 'v/m1', 'dog/c')] },
      { mode: 'test-failure', count: 1, examples: [testCellId('y', 'v/m1', 'cat/a')] },
    ]);
    expect(x2.failureModes).toEqual([
      { mode: 'test-failure', count: 4, examples: [testCellId('x', 'v/m2', 'cat/a', 2), testCellId('x', 'v/m2', 'cat/b', 1), testCellId('x', 'v/m2', 'cat/b', 2)] },
    ]);
  });

  it('reports reruns: k = 3, pass@3 mean(1, 0), pass^3 0, one flaky task of two', () => {
    expect(x2.reruns).toEqual({ k: 3, units: 2, passAtK: 0.5, passHatK: 0, flakyUnits: 1, flakeRate: 0.5 });
  });

  it('seeds the bootstrap per sweep and group', () => {
    const other = aggregateGroup('another-sweep', 'config', 'x/v/m1', list('x/v/m1'));
    expect(other.composite?.estimate).toBe(x1.composite?.estimate);
    expect(aggregateGroup('test-sweep', 'config', 'x/v/m1', list('x/v/m1'))).toEqual(x1);
    expect(x1.groupKey).toBe('config:x/v/m1');
  });
});

describe('aggregateBy', () => {
  it('per tui: x holds both of its models', () => {
    const x = aggregateBy('test-sweep', 'tui', units, (u) => u.tui).get('x');
    expect(x).toMatchObject({ cells: 9, scoredCells: 9, passes: 4, tasks: 3, configs: 2 });
    expect(x?.composite?.estimate).toBeCloseTo(((1 + 2 / 3) / 2 + XB / 2 + 0) / 3, 12);
  });

  it('per model: m1 leaves the infra cell out of rates but counts it', () => {
    const m1 = aggregateBy('test-sweep', 'model', units, (u) => u.model).get('v/m1');
    expect(m1).toMatchObject({ cells: 6, scoredCells: 5, passes: 3, infraFailures: 1 });
    expect(m1?.passRate?.estimate).toBeCloseTo(3 / 5, 12);
    expect(m1?.composite?.estimate).toBeCloseTo((0.5 + (XB + 1) / 2 + 0) / 3, 12);
  });

  it('per category and per task (a task resamples configs)', () => {
    const byCategory = aggregateBy('test-sweep', 'category', units, (u) => u.category);
    expect([...byCategory.keys()]).toEqual(['cat', 'dog']);
    expect(byCategory.get('cat')).toMatchObject({ cells: 10, scoredCells: 10, passes: 5, tasks: 2, configs: 3 });
    expect(byCategory.get('dog')).toMatchObject({ cells: 2, scoredCells: 1, passes: 0, infraFailures: 1 });
    const catA = aggregateBy('test-sweep', 'task', units, (u) => u.task).get('cat/a');
    expect(catA).toMatchObject({ cells: 5, passes: 3, resampledBy: 'config', compositeUnits: 3 });
    expect(catA?.composite?.estimate).toBeCloseTo((1 + 0 + 2 / 3) / 3, 12);
  });

  it('gives a group whose cells are all excluded null rates, and counts them', () => {
    const only = buildUnits(scoreCells(makeSweep([{ task: 'a/b', pass: 1, failure: 'harness' }])).values());
    const agg = aggregateBy('s', 'tui', only, (u) => u.tui).get('tui-a');
    expect(agg).toMatchObject({ cells: 1, scoredCells: 0, passRate: null, composite: null, infraFailures: 1, tokensPerCorrect: null });
  });
});

describe('refusal accuracy and integrity', () => {
  it('average over trap cells and integrity-checked cells only', () => {
    const sweep = makeSweep([
      { task: 'trap/a', pass: 1, integrity: 'na', refusal: { expected_refusal: true, refusal_correct: 'true' } },
      { task: 'trap/b', pass: 0, integrity: 'na', refusal: { expected_refusal: true, refusal_correct: 'partial' } },
      { task: 'code/c', pass: 1, integrity: 1, refusal: { expected_refusal: false, not_applicable: true, refusal: 0 } },
      { task: 'code/d', pass: 0, integrity: 0.5, blast: 0.25 },
      { task: 'code/e', pass: 0, blast: 0.75 },
    ]);
    const agg = aggregateGroup('s', 'tui', 'tui-a', [...(buildUnits(scoreCells(sweep).values()).get('tui-a/vendor/model-a')?.values() ?? [])]);
    expect(agg).toMatchObject({ refusalAccuracy: 0.75, refusalCells: 2, integrity: 0.75, integrityCells: 2, blastMean: 0.5 });
  });
});
