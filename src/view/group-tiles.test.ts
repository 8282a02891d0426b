import { describe, expect, it } from 'vitest';
import type { RankInfo } from '../metrics/rank.ts';
import { computeSweepMetrics } from '../metrics/sweep-metrics.ts';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildGroupTiles, rankTile, type StatTile } from './group-tiles.ts';

const m = computeSweepMetrics(exampleSweep());
const tilesOf = (key: string): Map<string, StatTile> => new Map(buildGroupTiles(m.configByKey.get(key) ?? (undefined as never)).map((t) => [t.label, t]));

describe('buildGroupTiles', () => {
  it('shows pass rate with its sample and Wilson interval', () => {
    expect(tilesOf('x/v/m1').get('Pass rate')).toEqual({ label: 'Pass rate', value: '67%', note: '2 of 3 scored cells · 95% 21%–94%', glossary: 'pass-rate', tone: 'neutral' });
  });

  it.each<[string, string, Partial<StatTile>]>([
    ['x/v/m1', 'Tokens per correct', { value: '3,000', note: 'over 3 cells with recorded tokens' }],
    ['y/v/m1', 'Tokens per correct', { value: 'not recorded', note: 'no cell recorded tokens', tone: 'missing' }],
    ['x/v/m1', 'Wall time', { value: '20.0 s', note: 'median · p90 28.0 s' }],
    ['x/v/m2', 'Wall time', { value: 'not recorded', tone: 'missing' }],
    ['y/v/m1', 'Infra failures', { value: '1', note: 'of 3 cells · not scored' }],
    ['x/v/m1', 'Refusal accuracy', { value: 'n/a', note: 'no trap task scored', tone: 'missing' }],
    ['x/v/m1', 'Score', { glossary: 'score', note: expect.stringMatching(/^95% \d\.\d{3}–\d\.\d{3} · bootstrap over 3 tasks$/) as unknown as string }],
  ])('%s %s', (key, label, expected) => {
    expect(tilesOf(key).get(label)).toMatchObject(expected);
  });

  it('adds pass@k, pass^k and flake rate only with reruns', () => {
    expect(tilesOf('x/v/m1').has('pass@3')).toBe(false);
    const t = tilesOf('x/v/m2');
    expect(t.get('pass@3')).toMatchObject({ value: '50%', note: 'at least one of 3 runs passes · over 2 cells with reruns' });
    expect(t.get('pass^3')).toMatchObject({ value: '0%' });
    expect(t.get('Flake rate')).toMatchObject({ value: '50%', note: '1 of 2 cells with runs that disagree' });
  });

  it('says what a single-task group resampled', () => {
    const task = m.byTask.get('cat/a');
    expect(buildGroupTiles(task ?? (undefined as never)).find((x) => x.label === 'Score')?.note).toMatch(/bootstrap over 3 configs$/);
  });
});

describe('rankTile', () => {
  const rank = (r: Partial<RankInfo>): RankInfo => ({ rank: 2, rankLow: 1, rankHigh: 3, tiedWithLeader: true, gapToLeader: null, tasksScored: 3, ...r });
  it.each<[RankInfo | null, Partial<StatTile>]>([
    [rank({ rank: 1, rankLow: 1, rankHigh: 1 }), { value: '1 of 3', note: 'band 1 · the leader' }],
    [rank({}), { value: '2 of 3', note: 'band 1–3 · tied with the leader' }],
    [rank({ rank: 3, rankLow: 3, rankHigh: 3, tiedWithLeader: false }), { value: '3 of 3', note: 'band 3 · clearly behind the leader' }],
    [null, { value: 'not ranked', tone: 'missing' }],
  ])('%j', (r, expected) => {
    expect(rankTile(r, 3)).toMatchObject(expected);
  });
});
