import { describe, expect, it } from 'vitest';
import { buildUnits } from './config-task-units.ts';
import { scoreCells } from './normalise.ts';
import { rankConfigs, taskScoreMatrix } from './rank.ts';
import { exampleSweep, makeSweep, type CellSpec } from '../../tests/helpers/test-sweep.ts';

const XB = 0.65 / 0.7;
const units = buildUnits(scoreCells(exampleSweep()).values());
const ORDER = ['cat/a', 'cat/b', 'dog/c'];

describe('taskScoreMatrix', () => {
  it.each<[string, (number | null)[]]>([
    ['x/v/m1', [1, XB, 0]],
    ['y/v/m1', [0, 1, null]], // dog/c: the only run is an infra failure
    ['x/v/m2', [2 / 3, 0, null]], // reruns averaged; dog/c never run
  ])('%s', (config, row) => {
    const got = taskScoreMatrix(units, ORDER).get(config) ?? [];
    expect(got).toHaveLength(row.length);
    row.forEach((v, i) => (v === null ? expect(got[i]).toBeNull() : expect(got[i]).toBeCloseTo(v, 12)));
  });
});

describe('rankConfigs', () => {
  it('ranks by mean per-task composite, bands contain the rank', () => {
    const ranks = rankConfigs('test-sweep', units, ORDER);
    // means: x/m1 (1 + XB + 0)/3 = 0.643, y/m1 0.5, x/m2 0.333
    expect([...ranks].map(([k, r]) => [k, r.rank, r.tasksScored])).toEqual([
      ['x/v/m1', 1, 3],
      ['y/v/m1', 2, 2],
      ['x/v/m2', 3, 2],
    ]);
    for (const r of ranks.values()) {
      expect(r.rankLow).toBeLessThanOrEqual(r.rank);
      expect(r.rankHigh).toBeGreaterThanOrEqual(r.rank);
      expect(r.rankLow).toBeGreaterThanOrEqual(1);
      expect(r.rankHigh).toBeLessThanOrEqual(3);
    }
    expect(ranks.get('x/v/m1')?.tiedWithLeader).toBe(true);
  });

  it('separates a config that passes 20 tasks from one that passes none', () => {
    const specs: CellSpec[] = [];
    for (let t = 0; t < 20; t++) {
      specs.push({ tui: 'good', task: `c/t${t}`, pass: 1 }, { tui: 'bad', task: `c/t${t}`, pass: 0 });
    }
    const ranks = rankConfigs('s', buildUnits(scoreCells(makeSweep(specs)).values()), specs.map((s) => s.task).filter((t, i, a) => a.indexOf(t) === i));
    expect(ranks.get('good/vendor/model-a')).toMatchObject({ rank: 1, rankLow: 1, rankHigh: 1, tiedWithLeader: true });
    expect(ranks.get('bad/vendor/model-a')).toMatchObject({ rank: 2, rankLow: 2, rankHigh: 2, tiedWithLeader: false });
    expect(ranks.get('bad/vendor/model-a')?.gapToLeader?.estimate).toBe(1);
  });

  it('leaves a config with only excluded runs unranked', () => {
    const sweep = makeSweep([
      { tui: 'a', task: 'c/t', pass: 1 },
      { tui: 'b', task: 'c/t', pass: 0, failure: 'infra' },
    ]);
    const ranks = rankConfigs('s', buildUnits(scoreCells(sweep).values()), ['c/t']);
    expect([...ranks.keys()]).toEqual(['a/vendor/model-a']);
  });

  it('is deterministic per sweep id', () => {
    expect(rankConfigs('test-sweep', units, ORDER)).toEqual(rankConfigs('test-sweep', units, ORDER));
  });
});
