import { describe, expect, it } from 'vitest';
import { comparablePairs, compareConfigs } from './compare.ts';
import { buildUnits } from './config-task-units.ts';
import { scoreCells } from './normalise.ts';
import { exampleSweep, makeSweep, testCellId, type CellSpec } from '../../tests/helpers/test-sweep.ts';

const XB = 0.65 / 0.7;
const units = buildUnits(scoreCells(exampleSweep()).values());
const cmp = (a: string, b: string) => compareConfigs('test-sweep', a, units.get(a), b, units.get(b));

describe('compareConfigs', () => {
  const c = cmp('x/v/m1', 'y/v/m1');

  it('pairs tasks both scored; a task with only an infra run on one side is not shared', () => {
    expect(c.tasks.map((t) => [t.task, t.outcome, t.winner])).toEqual([
      ['cat/a', 'onlyA', 'a'],
      ['cat/b', 'both', 'b'], // x's composite XB < y's 1
    ]);
    expect(c.onlyInA).toEqual(['dog/c']);
    expect(c.onlyInB).toEqual([]);
    expect(c.tasks[0]?.a.cellIds).toEqual([testCellId('x', 'v/m1', 'cat/a')]);
    expect(c.tasks[0]?.b.cellIds).toEqual([testCellId('y', 'v/m1', 'cat/a')]);
  });

  it('counts outcomes, wins, losses, ties and the exact McNemar p', () => {
    expect(c.counts).toEqual({ both: 1, onlyA: 1, onlyB: 0, neither: 0 });
    expect([c.wins, c.losses, c.ties]).toEqual([1, 1, 0]);
    expect(c.mcnemarP).toBe(1); // b = 1, c = 0: 2 · 0.5 = 1
  });

  it('differences: composite (paired), tokens per correct task and median wall on shared tasks', () => {
    expect(c.compositeDifference?.estimate).toBeCloseTo((1 + XB) / 2 - (0 + 1) / 2, 12);
    expect(c.tokensPerCorrect).toEqual({ a: (1000 + 3000) / 2, b: null, difference: null });
    expect(c.wallMedianMs).toEqual({ a: 20_000, b: 30_000, difference: -10_000 });
  });

  it('treats reruns by majority for pass and by mean for composite', () => {
    const r = cmp('x/v/m2', 'x/v/m1');
    expect(r.tasks.map((t) => [t.task, t.outcome, t.a.composite])).toEqual([
      ['cat/a', 'both', expect.closeTo(2 / 3, 12)], // 2 of 3 runs passed
      ['cat/b', 'onlyB', 0],
    ]);
    expect(r.tasks[0]?.a.cellIds).toHaveLength(3);
  });

  it('gives a significant McNemar p when one config wins every discordant task', () => {
    const specs: CellSpec[] = [];
    for (let t = 0; t < 10; t++) specs.push({ tui: 'a', task: `c/t${t}`, pass: 1 }, { tui: 'b', task: `c/t${t}`, pass: t === 0 ? 1 : 0 });
    const u = buildUnits(scoreCells(makeSweep(specs)).values());
    const r = compareConfigs('s', 'a/vendor/model-a', u.get('a/vendor/model-a'), 'b/vendor/model-a', u.get('b/vendor/model-a'));
    expect(r.counts).toEqual({ both: 1, onlyA: 9, onlyB: 0, neither: 0 });
    expect(r.mcnemarP).toBeCloseTo(2 / 512, 15);
    expect([r.wins, r.losses, r.ties]).toEqual([9, 0, 1]);
  });

  it('handles an unknown config as having no tasks', () => {
    const r = compareConfigs('s', 'nope', undefined, 'x/v/m1', units.get('x/v/m1'));
    expect(r.tasks).toEqual([]);
    expect(r.compositeDifference).toBeNull();
    expect(r.mcnemarP).toBe(1);
    expect(r.onlyInB).toEqual(['cat/a', 'cat/b', 'dog/c']);
  });
});

describe('comparablePairs', () => {
  it.each<[string, { key: string; tui: string; model: string }[], [string, string, string][]]>([
    ['none', [], []],
    [
      'shared model or shared tui, in input order',
      [
        { key: 'x/m1', tui: 'x', model: 'm1' },
        { key: 'y/m1', tui: 'y', model: 'm1' },
        { key: 'x/m2', tui: 'x', model: 'm2' },
        { key: 'z/m3', tui: 'z', model: 'm3' },
      ],
      [
        ['x/m1', 'y/m1', 'model'],
        ['x/m1', 'x/m2', 'tui'],
      ],
    ],
  ])('%s', (_, configs, expected) => {
    expect(comparablePairs(configs).map((p) => [p.a, p.b, p.shares])).toEqual(expected);
  });
});
