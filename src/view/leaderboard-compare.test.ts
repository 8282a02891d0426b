import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildLeaderboard } from './leaderboard.ts';

describe('buildLeaderboardCompare', () => {
  const compare = buildLeaderboard(exampleSweep(), { full: true }).compare;
  const row = (label: string) => {
    const m = compare?.metrics.findIndex((x) => x.label === label) ?? -1;
    return compare?.configs.map((c) => c.values[m]);
  };

  it('lists every measure with the way it is better, reruns and categories included', () => {
    expect(compare?.metrics).toEqual([
      { label: 'Rank', better: 'low' },
      { label: 'Against the leader', better: null },
      { label: 'Pass rate', better: 'high' },
      { label: 'Score', better: 'high' },
      { label: 'Tokens per correct task', better: 'low' },
      { label: 'Total tokens', better: 'low' },
      { label: 'Wall time, median', better: 'low' },
      { label: 'Wall time, 90th percentile', better: 'low' },
      { label: 'Blast radius', better: 'low' },
      { label: 'Refusal accuracy', better: 'high' },
      { label: 'Integrity', better: 'high' },
      { label: 'Runs not scored (infra)', better: 'low' },
      { label: 'pass@k (any of k runs passes)', better: 'high' },
      { label: 'pass^k (all k runs pass)', better: 'high' },
      { label: 'Flaky tasks', better: 'low' },
      { label: 'Pass rate: cat', better: 'high' },
      { label: 'Pass rate: dog', better: 'high' },
      { label: 'Runs', better: null },
    ]);
  });

  it('names each config with what its head-to-head address needs, in leaderboard order', () => {
    expect(compare?.compareBase).toBe('/sweeps/test-sweep/compare/');
    expect(compare?.configs.map((c) => [c.key, c.tui, c.model, c.segments])).toEqual([
      ['x/v/m1', 'x', 'v/m1', 'x/v/m1'],
      ['y/v/m1', 'y', 'v/m1', 'y/v/m1'],
      ['x/v/m2', 'x', 'v/m2', 'x/v/m2'],
    ]);
  });

  it.each([
    ['Pass rate', [['67%', 0.667], ['50%', 0.5], ['33%', 0.333]]],
    // x/v/m1 spends 6,000 tokens; the others recorded none.
    ['Total tokens', [['6,000', 6000], ['not recorded', null], ['not recorded', null]]],
    ['Runs not scored (infra)', [['0', 0], ['1', 1], ['0', 0]]],
    ['Pass rate: dog', [['0%', 0], ['n/a', null], ['n/a', null]]],
  ])('fills the row %s with text and the number that decides the best', (label, expected) => {
    expect(row(label)?.map((v) => [v?.text, v?.value === null || v?.value === undefined ? null : Math.round(v.value * 1000) / 1000])).toEqual(expected);
  });

  it('says where each config stands against the leader, with the paired gap', () => {
    const standing = row('Against the leader');
    expect(standing?.[0]).toEqual({ text: 'leader', note: '', value: null });
    expect(standing?.[1]?.note).toMatch(/^trails by -?\d\.\d{3} \(-?\d\.\d{3} to -?\d\.\d{3}\)$/);
  });
});
