import { describe, expect, it } from 'vitest';
import { loadArchive } from '../ingest/index.ts';
import { wilsonInterval } from './stats/index.ts';
import { computeSweepMetrics, type SweepMetrics } from './sweep-metrics.ts';
import { exampleSweep, makeSweep, SEED_CELL_ID, SEED_SWEEP_DIR, testCellId } from '../../tests/helpers/test-sweep.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';

const XB = 0.65 / 0.7; // x/v/m1's composite on cat/b, see aggregate.test.ts
const metrics = computeSweepMetrics(exampleSweep());

// Everything a page could read, as plain JSON, to compare two computations.
function dump(m: SweepMetrics): string {
  return JSON.stringify({
    cells: [...m.cellScores],
    configs: m.configs,
    groups: [m.byTui, m.byModel, m.byCategory, m.byTask].map((g) => [...g]),
    leaderboard: m.leaderboardRows(),
    rows: m.cellRows(),
    neighbours: [...m.cellScores.keys()].map((id) => m.neighbours(id)),
    pairs: m.comparablePairs(),
    compare: m.compare('x/v/m1', 'y/v/m1'),
  });
}

describe('computeSweepMetrics on the example sweep', () => {
  it('scores every cell, in cell_id order', () => {
    expect(metrics.cellScores.size).toBe(12);
    const ids = [...metrics.cellScores.keys()];
    expect(ids).toEqual([...ids].sort());
  });

  it('lists configs by rank with their bands', () => {
    expect(metrics.configs.map((c) => [c.key, c.tui, c.model, c.rank?.rank])).toEqual([
      ['x/v/m1', 'x', 'v/m1', 1],
      ['y/v/m1', 'y', 'v/m1', 2],
      ['x/v/m2', 'x', 'v/m2', 3],
    ]);
    expect(metrics.configByKey.get('y/v/m1')).toBe(metrics.configs[1]);
    expect(metrics.taskOrder).toEqual(['cat/a', 'cat/b', 'dog/c']);
  });

  it('indexes groups by tui, model, category and task', () => {
    expect([...metrics.byTui.keys()]).toEqual(['x', 'y']);
    expect([...metrics.byModel.keys()]).toEqual(['v/m1', 'v/m2']);
    expect([...metrics.byCategory.keys()]).toEqual(['cat', 'dog']);
    expect([...metrics.byTask.keys()]).toEqual(['cat/a', 'cat/b', 'dog/c']);
    expect(metrics.byTask.get('dog/c')).toMatchObject({ cells: 2, scoredCells: 1, infraFailures: 1, passes: 0 });
  });

  it('builds leaderboard rows with hand-computed values', () => {
    const [first] = metrics.leaderboardRows();
    const wilson = wilsonInterval(2, 3);
    expect(first).toMatchObject({
      tui: 'x',
      model: 'v/m1',
      pass_rate: 2 / 3,
      pass_low: wilson?.low,
      pass_high: wilson?.high,
      score: expect.closeTo((1 + XB + 0) / 3, 12),
      rank: 1,
      tied_with_leader: true,
      tokens_per_correct: 3000,
      tokens_cells: 3,
      wall_median_ms: 20_000,
      wall_p90_ms: 28_000,
      blast_mean: null,
      refusal_accuracy: null,
      integrity: null,
      infra_failures: 0,
      cells: 3,
      tasks: 3,
    });
    expect(Object.keys(first ?? {})).toHaveLength(22);
  });

  it('builds one cell row per cell, with raw numbers and components', () => {
    const rows = metrics.cellRows();
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.cell_id === testCellId('x', 'v/m1', 'cat/b'))).toMatchObject({
      tui: 'x',
      task: 'cat/b',
      category: 'cat',
      attempt: 1,
      outcome: 'pass',
      failure_mode: null,
      tokens_recorded: true,
      total_tokens: 3000,
      wall_clock_ms: 30_000,
      c_pass: 1,
      c_cost: 1,
      c_latency: expect.closeTo(2 / 3, 12),
      c_integrity: null,
      score: expect.closeTo(XB, 12),
    });
    expect(rows.find((r) => r.cell_id === testCellId('y', 'v/m1', 'dog/c'))).toMatchObject({ excluded: true, outcome: 'infra', total_tokens: null, score: null });
  });

  it('answers neighbours and comparisons by key', () => {
    expect(metrics.neighbours(testCellId('x', 'v/m1', 'cat/a')).otherTuis).toEqual([testCellId('y', 'v/m1', 'cat/a')]);
    expect(metrics.neighbours('no/such/cell')).toEqual({ otherTuis: [], otherModels: [], otherTasksInCategory: [] });
    expect(metrics.comparablePairs().map((p) => [p.a, p.b, p.shares])).toEqual([
      ['x/v/m1', 'y/v/m1', 'model'],
      ['x/v/m1', 'x/v/m2', 'tui'],
    ]);
    expect(metrics.compare('x/v/m1', 'y/v/m1').counts).toEqual({ both: 1, onlyA: 1, onlyB: 0, neither: 0 });
  });
});

describe('determinism', () => {
  it('gives the same output for the same input', () => {
    expect(dump(computeSweepMetrics(exampleSweep()))).toBe(dump(metrics));
  });

  it('does not depend on the order cells were read in', () => {
    const sweep = exampleSweep();
    const reversed = { ...sweep, cells: [...sweep.cells].reverse() };
    expect(dump(computeSweepMetrics(reversed))).toBe(dump(metrics));
  });
});

describe('edge cases', () => {
  it('an empty sweep gives empty lists, not errors', () => {
    const m = computeSweepMetrics(makeSweep([]));
    expect([m.cellScores.size, m.configs.length, m.byTui.size, m.leaderboardRows().length, m.cellRows().length]).toEqual([0, 0, 0, 0, 0]);
  });

  it('a sweep whose only config was all infra lists it unranked', () => {
    const m = computeSweepMetrics(makeSweep([{ task: 'c/t', pass: 0, failure: 'infra' }]));
    expect(m.configs).toHaveLength(1);
    expect(m.configs[0]?.rank).toBeNull();
    expect(m.leaderboardRows()[0]).toMatchObject({ rank: null, pass_rate: null, score: null, infra_failures: 1, cells: 1 });
  });
});

describe('fixtures', () => {
  it('the seed sweep: one failing cell, composite 0.1538, ranked alone', () => {
    const [seed] = loadArchive(SEED_SWEEP_DIR.replace(/\/[^/]+$/, '')).sweeps;
    expect(seed).toBeDefined();
    if (seed === undefined) return;
    const m = computeSweepMetrics(seed);
    expect(m.cellScores.get(SEED_CELL_ID)?.composite).toBeCloseTo(0.1 / 0.65, 12);
    expect(m.configs[0]).toMatchObject({ key: 'openhands/meta/llama-3.3-70b-instruct', passes: 0, tokensPerCorrect: null, tokensCells: 0 });
    expect(m.configs[0]?.rank).toMatchObject({ rank: 1, rankLow: 1, rankHigh: 1 });
  });

  it('the real sample: every cell scored in 0..1, infra and incompatible runs excluded and counted', () => {
    const { sweeps } = loadArchive(REAL_SAMPLE_DIR);
    const free = sweeps.find((s) => s.id === 'free-20260527');
    expect(free).toBeDefined();
    if (free === undefined) return;
    const m = computeSweepMetrics(free);
    expect(m.cellScores.size).toBe(free.cells.length);
    for (const s of m.cellScores.values()) {
      expect(s.composite).toBeGreaterThanOrEqual(0);
      expect(s.composite).toBeLessThanOrEqual(1);
    }
    expect(m.byTui.get('openhands')).toMatchObject({ cells: 3, scoredCells: 0, infraFailures: 3, passRate: null });
    expect(m.configs.filter((c) => c.rank === null).map((c) => c.key)).toEqual(['openhands/mistralai/mistral-small-4-119b-2603', 'openhands/openai/gpt-oss-120b']);
  });
});

describe('computeSweepMetrics with known configs', () => {
  it('takes the configs it is given instead of ranking them, and keeps every other figure', () => {
    const sweep = exampleSweep();
    const fresh = computeSweepMetrics(sweep);
    // Marked copies: if the configs were ranked again, the marks would be gone.
    const marked = fresh.configs.map((c) => ({ ...c, scoredCells: c.scoredCells + 1000 }));
    const known = computeSweepMetrics(sweep, marked);
    expect(known.configs).toEqual(marked);
    expect(known.configByKey.get(marked[0]?.key ?? '')?.scoredCells).toBe((fresh.configs[0]?.scoredCells ?? 0) + 1000);
    expect([...known.cellScores]).toEqual([...fresh.cellScores]);
    expect(computeSweepMetrics(sweep, fresh.configs).leaderboardRows()).toEqual(fresh.leaderboardRows());
  });
});
