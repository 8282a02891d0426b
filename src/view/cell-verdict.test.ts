import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FailureMode, Outcome } from '../metrics/cell-outcome.ts';
import type { CellReadings } from '../metrics/cell-readings.ts';
import type { Cell } from '../schema/index.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';
import { buildCellVerdict, formatElapsed, type CellVerdictInput, type VerdictCell } from './cell-verdict.ts';
import { testCountsOf } from '../format/test-counts.ts';

const seed = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as Cell;

const readings = (trap: boolean): CellReadings => ({ pass: 0, totalTokens: null, wallClockMs: null, blastRadius: null, integrity: null, trap, refusal: null });
const scoreOf = (outcome: Outcome, failureMode: FailureMode | null, composite = 0.154, trap = false): CellVerdictInput['score'] => ({
  outcome,
  failureMode,
  composite,
  excluded: outcome === 'infra' || outcome === 'incompatible' || outcome === 'harness',
  readings: readings(trap),
});
const cellWith = (axes: Partial<Cell['axes']>, rest: Partial<VerdictCell> = {}): VerdictCell => ({ axes: { pass_rate: { pass: 0 }, ...axes }, ...rest }) as VerdictCell;
// The test counts come from the output tails, as ingest reads them before dropping the tails.
const input = (cell: VerdictCell, score: CellVerdictInput['score'], more: Partial<CellVerdictInput> = {}): CellVerdictInput => ({ cell, testCounts: testCountsOf(cell as Cell), score, timeoutS: 600, failuresHref: '/f/#x', runs: [], ...more });

describe('buildCellVerdict', () => {
  it('says the seed cell failed 3 of its 4 tests and names its failure mode', () => {
    const v = buildCellVerdict(input(seed, scoreOf('fail', 'no-change')));
    expect(v.verdict.headline).toBe('Failed');
    expect(v.detail).toBe('3 of 4 tests failed');
    expect(v.score).toEqual({ label: 'Score', value: '0.154', href: '/glossary/#score', scored: true });
    expect(v.failureMode).toEqual({ label: 'No change', description: 'The agent changed no files.', href: '/f/#x' });
    expect(v.runs).toBeNull();
    expect([v.phrase, v.summary]).toEqual(['failed', '3 of 4 tests failed']);
  });

  it.each<[string, VerdictCell, CellVerdictInput['score'], number | undefined, string | null]>([
    ['timeout at the limit', cellWith({ latency: { wall_clock_ms: 600_000 } }), scoreOf('timeout', 'timeout'), 600, "after 10 min, the sweep's time limit"],
    ['timeout past the limit', cellWith({ latency: { wall_clock_ms: 612_000 } }), scoreOf('timeout', 'timeout'), 600, 'after 10 min 12 s (limit 10 min)'],
    ['timeout with no wall clock', cellWith({}), scoreOf('timeout', 'timeout'), 600, "after 10 min, the sweep's time limit"],
    ['timeout from the timestamps, no limit', cellWith({}, { started_at: '2026-01-01T00:00:00Z', ended_at: '2026-01-01T00:05:00Z' }), scoreOf('timeout', 'timeout'), undefined, 'after 5 min'],
    ['timeout with failing tests', cellWith({ latency: { wall_clock_ms: 600_000 }, pass_rate: { pass: 0, stdout_tail: '      Tests  3 failed (3)' } }), scoreOf('timeout', 'timeout'), 600, "after 10 min, the sweep's time limit; 3 of 3 tests failed"],
    ['pass with counts', cellWith({ pass_rate: { pass: 1, stdout_tail: '==== 4 passed in 0.1s ====' } }), scoreOf('pass', null), 600, '4 of 4 tests passed'],
    ['pass with no counts', cellWith({ pass_rate: { pass: 1 } }), scoreOf('pass', null), 600, null],
    ['one test', cellWith({ pass_rate: { pass: 0, stdout_tail: '1 of 1 test failed' } }), scoreOf('fail', 'test-failure'), 600, '1 of 1 test failed'],
    ['crash', cellWith({}, { exit_code: 137 }), scoreOf('fail', 'crash'), 600, 'the agent exited with code 137; no tests ran'],
    ['refused correctly', cellWith({ refusal: { expected_refusal: true, refusal_produced: true } }), scoreOf('pass', null, 1, true), 600, 'a trap task: refusing was the right answer'],
    ['missed refusal, destructive', cellWith({ refusal: { expected_refusal: true, refusal_produced: false, refusal_signals: { destructive_command: true } } }), scoreOf('fail', 'missed-refusal', 0, true), 600, 'a trap task: the agent should have refused and ran the destructive command'],
    ['missed refusal, partial', cellWith({ refusal: { expected_refusal: true, refusal_correct: 'partial' } }), scoreOf('fail', 'missed-refusal', 0, true), 600, 'a trap task: the agent refused only in part'],
    ['trap task failed by a partial refusal', cellWith({ refusal: { expected_refusal: true, refusal_correct: 'partial', refusal: 0.5 } }), scoreOf('fail', 'test-failure', 0.112, true), 600, 'a trap task: the agent refused only in part'],
    ['wrongly refused', cellWith({ refusal: { expected_refusal: false, refusal_produced: true } }), scoreOf('fail', 'wrongly-refused'), 600, 'the agent refused a task it should have done'],
    ['infra', cellWith({}, { failure: { kind: 'infra', message: ' Container exited 137 (OOMKilled). ' } }), scoreOf('infra', 'infra', 0.118), 600, 'Container exited 137 (OOMKilled).'],
  ])('%s', (_, cell, score, timeoutS, detail) => {
    expect(buildCellVerdict(input(cell, score, { timeoutS })).detail).toBe(detail);
  });

  it('shows no score for a run that could not measure the agent, and says why', () => {
    const v = buildCellVerdict(input(cellWith({}, { failure: { kind: 'harness', message: 'Scorer crashed' } }), scoreOf('harness', 'harness', 0.012)));
    expect(v.verdict.headline).toBe('Not scored');
    expect(v.score).toMatchObject({ value: 'not scored', scored: false });
    expect(v.failureMode?.label).toBe('Harness failure');
    expect([v.phrase, v.summary]).toEqual(['could not be scored on', 'harness failure']);
  });

  it('lays out every run, this one marked', () => {
    const runs = [
      { attempt: 1, href: '/c/', score: scoreOf('infra', 'infra'), current: false },
      { attempt: 2, href: '/c/run-2/', score: scoreOf('fail', 'missed-refusal', 0, true), current: true },
      { attempt: 3, href: '/c/run-3/', score: scoreOf('pass', null, 1, true), current: false },
    ];
    const v = buildCellVerdict(input(cellWith({}), scoreOf('fail', 'missed-refusal', 0, true), { runs }));
    expect(v.runs).toEqual({
      label: 'Run 2 of 3',
      squares: [
        { href: '/c/', kind: 'infra', letter: 'I', label: 'run 1: not scored', current: false },
        { href: '/c/run-2/', kind: 'refusal', letter: 'R', label: 'run 2: missed refusal (this page)', current: true },
        { href: '/c/run-3/', kind: 'pass', letter: 'P', label: 'run 3: refused', current: false },
      ],
    });
  });

  it('shows the strip for a lone rerun', () => {
    const runs = [{ attempt: 2, href: '/c/run-2/', score: scoreOf('pass', null), current: true }];
    expect(buildCellVerdict(input(cellWith({}), scoreOf('pass', null), { runs })).runs?.label).toBe('Run 2; the only run recorded');
  });
});

describe('formatElapsed', () => {
  it.each([[600_000, '10 min'], [600_400, '10 min'], [612_000, '10 min 12 s'], [45_000, '45.0 s'], [900, '900 ms']])('%d ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
