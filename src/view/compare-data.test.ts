import { describe, expect, it } from 'vitest';
import { computeSweepMetrics } from '../metrics/sweep-metrics.ts';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { pickPair } from './compare-pair.ts';
import { buildCompareData } from './compare-data.ts';

const sweep = exampleSweep();
const m = computeSweepMetrics(sweep);
const data = buildCompareData(sweep);
const index = (key: string): number => data.configs.findIndex((c) => `${c.tui}/${c.model}` === key);

describe('buildCompareData', () => {
  it('lists configs in leaderboard order and tasks sorted', () => {
    expect(data.v).toBe(1);
    expect(data.sweepId).toBe('test-sweep');
    expect(data.tasks).toEqual(['cat/a', 'cat/b', 'dog/c']);
    expect(data.configs).toEqual([
      { tui: 'x', model: 'v/m1' },
      { tui: 'y', model: 'v/m1' },
      { tui: 'x', model: 'v/m2' },
    ]);
  });

  it('writes each run as letter + attempt and the mean composite to six decimals; null where not run or not scored', () => {
    expect(data.units).toEqual([
      [['P1', 1], ['P1', Math.round((0.65 / 0.7) * 1e6) / 1e6], ['F1', 0]],
      [['F1', 0], ['P1', 1], ['I1', null]],
      [['P1F2P3', Math.round((2 / 3) * 1e6) / 1e6], ['F1F2F3', 0], null],
    ]);
  });
});

describe('pickPair on the data file', () => {
  it.each<[string, string]>([
    ['x/v/m1', 'y/v/m1'],
    ['x/v/m1', 'x/v/m2'],
    ['y/v/m1', 'x/v/m2'],
    ['x/v/m2', 'x/v/m1'],
  ])('%s vs %s matches the build-time comparison', (a, b) => {
    const picked = pickPair(data, index(a), index(b));
    const built = m.compare(a, b);
    expect(picked).not.toBeNull();
    expect(picked?.tasks.map((t) => [t.task, t.outcome, t.higher])).toEqual(built.tasks.map((t) => [t.task, t.outcome, t.winner === 'tie' ? 'tie' : t.winner.toUpperCase()]));
    expect(picked).toMatchObject({ counts: built.counts, wins: built.wins, losses: built.losses, ties: built.ties, mcnemarP: built.mcnemarP, onlyInA: built.onlyInA.length, onlyInB: built.onlyInB.length });
    expect(picked?.meanDifference).toBeCloseTo(built.compositeDifference?.estimate ?? NaN, 5);
  });

  it('links the built page in leaderboard order, and none for pairs that share nothing', () => {
    expect(pickPair(data, index('x/v/m2'), index('x/v/m1'))?.pageHref).toBe('/sweeps/test-sweep/compare/x/v/m1/vs/x/v/m2/');
    expect(pickPair(data, index('y/v/m1'), index('x/v/m2'))?.pageHref).toBeNull();
  });

  it('links each run to its cell page', () => {
    const task = pickPair(data, index('x/v/m1'), index('x/v/m2'))?.tasks.find((t) => t.task === 'cat/a');
    expect(task?.b.map((s) => [s.href, s.label])).toEqual([
      ['/sweeps/test-sweep/cell/x/v/m2/cat/a/', 'B on cat/a, run 1: pass'],
      ['/sweeps/test-sweep/cell/x/v/m2/cat/a/run-2/', 'B on cat/a, run 2: fail'],
      ['/sweeps/test-sweep/cell/x/v/m2/cat/a/run-3/', 'B on cat/a, run 3: pass'],
    ]);
    expect(task?.href).toBe('/sweeps/test-sweep/task/cat/a/');
  });

  it('refuses a config against itself or an unknown index', () => {
    expect(pickPair(data, 0, 0)).toBeNull();
    expect(pickPair(data, 0, 99)).toBeNull();
  });
});
