import { describe, expect, it } from 'vitest';
import { exampleSweep, makeSweep } from '../../tests/helpers/test-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import type { RankInfo } from '../metrics/rank.ts';
import { buildLeaderboard, rankLabel, standingOf, tieExample } from './leaderboard.ts';

const rank = (r: number, low: number, high: number, tied: boolean, gap: [number, number, number] | null = null): RankInfo => ({
  rank: r,
  rankLow: low,
  rankHigh: high,
  tiedWithLeader: tied,
  gapToLeader: gap === null ? null : { estimate: gap[0], low: gap[1], high: gap[2] },
  tasksScored: 10,
});

describe('standingOf and rankLabel', () => {
  it.each([
    [rank(1, 1, 3, true), 'leader', 'Rank 1, plausibly 1 to 3; the leader'],
    [rank(4, 2, 9, true), 'tied', 'Rank 4, plausibly 2 to 9; not clearly behind the leader (≈ leader)'],
    [rank(8, 8, 8, false), 'behind', 'Rank 8; clearly behind the leader'],
    [null, 'unranked', 'Not ranked: no run could be scored'],
  ] as const)('reads %j as %s', (r, standing, label) => {
    expect(standingOf(r)).toBe(standing);
    expect(rankLabel(r)).toBe(label);
  });
});

describe('tieExample', () => {
  const config = (tui: string, r: RankInfo | null) => ({ tui, model: 'v/m', rank: r }) as ConfigAggregate;

  it('tells the first lower row that is ≈ leader below a higher one that is not, with both gaps', () => {
    const configs = [config('a', rank(1, 1, 2, true, [0, 0, 0])), config('b', rank(2, 1, 5, false, [0.131, 0.02, 0.261])), config('c', rank(3, 1, 6, true, [0.118, -0.012, 0.24]))];
    expect(tieExample(configs)).toBe(
      'In this sweep c × v/m (rank 3) is ≈ leader and b × v/m (rank 2) is not: on the tasks each shares with the leader, the first trails it by 0.118 on average but its 95% interval (-0.012 to 0.240) includes zero; the second trails by 0.131 and its interval (0.020 to 0.261) does not.',
    );
  });

  it('says nothing when the ≈ leader rows are all on top', () => {
    expect(tieExample([config('a', rank(1, 1, 2, true, [0, 0, 0])), config('b', rank(2, 1, 3, true, [0.1, -0.1, 0.3])), config('c', rank(3, 2, 3, false, [0.3, 0.1, 0.5])), config('d', null)])).toBeNull();
  });
});

describe('buildLeaderboard', () => {
  const sweep = exampleSweep();

  it('formats rows in rank order with score, intervals and rank bands', () => {
    const view = buildLeaderboard(sweep);
    expect(view.rows.map((r) => r.key)).toEqual(['x/v/m1', 'y/v/m1', 'x/v/m2']);
    const [first] = view.rows;
    expect(first).toMatchObject({ rank: '1', standing: 'leader', passRate: '67%', tokensPerCorrect: '3,000', tokensKnown: true });
    expect(first?.score).toMatch(/^0\.\d{3}$/);
    expect(first?.scoreInterval).toMatch(/^0\.\d{3}–[01]\.\d{3}$/);
    expect(view.rows[1]).toMatchObject({ tokensPerCorrect: 'not recorded', tokensKnown: false, infra: '1' });
  });

  it('offers no category columns or comparison unless asked', () => {
    const view = buildLeaderboard(sweep);
    expect(view.categories).toEqual([]);
    expect(view.rows[0]?.categories).toEqual([]);
    expect(view.compare).toBeNull();
    expect(view.compareJson).toBe('');
  });

  it('adds per-category pass rates and their sort keys in full', () => {
    const view = buildLeaderboard(sweep, { full: true });
    expect(view.categories).toEqual(['cat', 'dog']);
    expect(view.rows.map((r) => r.categories.map((c) => c.passRate))).toEqual([['100%', '0%'], ['50%', '—'], ['33%', '—']]);
    expect(view.rows[1]?.categories[1]).toEqual({ name: 'dog', passRate: '—', interval: 'not scored' });
    expect(view.rows[2]?.categories[1]?.interval).toBe('not run');
    expect(view.rows[0]?.sort).toMatchObject({ cat0: 1, cat1: 0 });
  });

  it('names k in the reruns heading when every config with reruns shares it', () => {
    const view = buildLeaderboard(sweep);
    expect(view.hasReruns).toBe(true);
    expect(view.rerunsHeading).toBe('pass@3 / pass^3');
    expect(view.rows[2]?.reruns).toEqual({ main: '50% / 0%', detail: 'flaky 50%' });
    expect(view.rows[0]?.reruns).toBeNull();
  });

  it('keeps the first rows only with a limit', () => {
    expect(buildLeaderboard(sweep, { limit: 2 }).rows.map((r) => r.key)).toEqual(['x/v/m1', 'y/v/m1']);
  });

  it('inlines the comparison as JSON no cell string can break out of', () => {
    const hostile = makeSweep([
      { tui: 'x', model: 'v/</script><img src=x onerror=alert(1)>', task: 'cat/a', pass: 1 },
      { tui: 'y', model: 'v/m', task: 'cat/a', pass: 0 },
    ]);
    const view = buildLeaderboard(hostile, { full: true });
    expect(view.compareJson).not.toMatch(/[<>]/);
    expect(JSON.parse(view.compareJson)).toEqual(view.compare);
    expect(view.compare?.configs.map((c) => c.name)).toContain('x × v/</script><img src=x onerror=alert(1)>');
  });
});
