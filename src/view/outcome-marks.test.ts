import { describe, expect, it } from 'vitest';
import type { FailureMode, Outcome } from '../metrics/cell-outcome.ts';
import { computeSweepMetrics } from '../metrics/sweep-metrics.ts';
import { exampleSweep, testCellId } from '../../tests/helpers/test-sweep.ts';
import { cellSquare, MARK_STYLES, markKindOf, markLegend, runSquares, type MarkKind } from './outcome-marks.ts';

const m = computeSweepMetrics(exampleSweep());

describe('markKindOf', () => {
  it.each<[Outcome, FailureMode | null, MarkKind]>([
    ['pass', null, 'pass'],
    ['fail', 'test-failure', 'fail'],
    ['fail', 'no-change', 'fail'],
    ['fail', 'wrongly-refused', 'refusal'],
    ['fail', 'missed-refusal', 'refusal'],
    ['timeout', 'timeout', 'timeout'],
    ['infra', 'infra', 'infra'],
    ['incompatible', 'incompatible', 'incompatible'],
    ['harness', 'harness', 'harness'],
  ])('%s / %s -> %s', (outcome, failureMode, kind) => {
    expect(markKindOf({ outcome, failureMode })).toBe(kind);
  });
});

describe('mark styles', () => {
  it('gives every kind its own letter, so no mark rests on colour alone', () => {
    const letters = MARK_STYLES.map((s) => s.letter);
    expect(new Set(letters).size).toBe(letters.length);
    expect(letters.every((l) => /^[A-Z]$/.test(l))).toBe(true);
  });

  it('lists only the marks that occur, in legend order', () => {
    expect(markLegend(['fail', 'pass', 'fail']).map((s) => s.kind)).toEqual(['pass', 'fail']);
    expect(markLegend()).toHaveLength(MARK_STYLES.length);
  });
});

describe('cellSquare and runSquares', () => {
  it('links a single run to its plain cell address', () => {
    const score = m.cellScores.get(testCellId('y', 'v/m1', 'dog/c'));
    if (score === undefined) throw new Error('missing cell');
    expect(cellSquare('test-sweep', score, 'dog/c', false)).toEqual({ href: '/sweeps/test-sweep/cell/y/v/m1/dog/c/', kind: 'infra', letter: 'I', label: 'dog/c: infra' });
  });

  it('names and links each rerun', () => {
    const runs = m.units.get('x/v/m2')?.get('cat/a')?.runs ?? [];
    expect(runSquares('test-sweep', runs, 'cat/a')).toEqual([
      { href: '/sweeps/test-sweep/cell/x/v/m2/cat/a/', kind: 'pass', letter: 'P', label: 'cat/a, run 1: pass' },
      { href: '/sweeps/test-sweep/cell/x/v/m2/cat/a/run-2/', kind: 'fail', letter: 'F', label: 'cat/a, run 2: fail' },
      { href: '/sweeps/test-sweep/cell/x/v/m2/cat/a/run-3/', kind: 'pass', letter: 'P', label: 'cat/a, run 3: pass' },
    ]);
  });
});
