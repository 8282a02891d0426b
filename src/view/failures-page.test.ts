import { describe, expect, it } from 'vitest';
import { exampleSweep, makeSweep } from '../../tests/helpers/test-sweep.ts';
import { buildFailuresPage, failureAnchor, modeAnchor } from './failures-page.ts';

describe('buildFailuresPage', () => {
  const page = buildFailuresPage(exampleSweep());

  it('counts failing runs and separates those that could not measure the agent', () => {
    expect(page.headline).toBe('7 of 12 runs did not pass: 6 failures of the agent and 1 that could not measure it (infra, incompatible or harness).');
    expect(page.canonical).toBe('https://sweepsite.example/sweeps/test-sweep/failures/');
  });

  it('has a column per failure mode that occurs, and a row per config in leaderboard order', () => {
    expect(page.columns.map((c) => [c.mode, c.anchor, c.excluded])).toEqual([
      ['infra', 'mode-infra', true],
      ['test-failure', 'mode-test-failure', false],
    ]);
    expect(page.rows.map((r) => [r.name, r.counts.map((c) => [c.text, c.href]), r.total])).toEqual([
      ['x × v/m1', [['0', null], ['1', '#test-failure--x--v--m1']], '1'],
      ['y × v/m1', [['1', '#infra--y--v--m1'], ['1', '#test-failure--y--v--m1']], '2'],
      ['x × v/m2', [['0', null], ['4', '#test-failure--x--v--m2']], '4'],
    ]);
    expect(page.rows[2]?.counts[1]?.label).toBe('4 test-failure runs of x × v/m2');
    expect(page.totals).toEqual(['1', '6', '7']);
  });

  it('lists every failing cell under its mode and config, where the counts link', () => {
    const tests = page.sections.find((s) => s.mode === 'test-failure');
    expect(tests?.count).toBe('6 runs');
    expect(tests?.groups.map((g) => [g.anchor, g.name, g.count, g.cells.map((c) => c.label)])).toEqual([
      ['test-failure--x--v--m1', 'x × v/m1', '1 run', ['dog/c']],
      ['test-failure--y--v--m1', 'y × v/m1', '1 run', ['cat/a']],
      ['test-failure--x--v--m2', 'x × v/m2', '4 runs', ['cat/a (run 2)', 'cat/b', 'cat/b (run 2)', 'cat/b (run 3)']],
    ]);
    expect(tests?.groups[2]?.cells[3]?.href).toBe('/sweeps/test-sweep/cell/x/v/m2/cat/b/run-3/');
    const anchors = new Set(page.sections.flatMap((s) => s.groups.map((g) => `#${g.anchor}`)));
    for (const row of page.rows) for (const c of row.counts) if (c.href !== null) expect(anchors.has(c.href)).toBe(true);
  });

  it('says so when nothing failed', () => {
    const clean = buildFailuresPage(makeSweep([{ task: 'cat/a', pass: 1 }]));
    expect(clean.headline).toBe('The only run in this sweep passed.');
    expect(clean.columns).toEqual([]);
    expect(clean.totals).toEqual(['0']);
  });

  it.each<[string, string]>([
    [failureAnchor('no-change', 'aider', 'openai/gpt-oss-120b'), 'no-change--aider--openai--gpt-oss-120b'],
    [failureAnchor('infra', 'Pi', 'solo'), 'infra--pi--_--solo'],
    [modeAnchor('missed-refusal'), 'mode-missed-refusal'],
  ])('anchor %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
