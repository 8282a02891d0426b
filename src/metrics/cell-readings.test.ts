import { describe, expect, it } from 'vitest';
import type { Cell } from '../schema/index.ts';
import { integrityValue, isTokensRecorded, isTrapTask, readCell, refusalScore, totalTokens } from './cell-readings.ts';
import { makeCell } from '../../tests/helpers/test-sweep.ts';

const withAxes = (axes: Partial<Cell['axes']>): Cell => {
  const cell = makeCell({ task: 'c/t', pass: 0 });
  return { ...cell, axes: { ...cell.axes, ...axes } };
};

describe('tokens recorded?', () => {
  it.each<[string, Cell['axes']['tokens'], boolean, number | null]>([
    ['axis absent', undefined, false, null],
    ['all zeros, model_calls 0 (seed)', { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, model_calls: 0 }, false, null],
    ['all zeros, model_calls absent', { total_tokens: 0 }, false, null],
    ['empty axis', {}, false, null],
    ['total recorded', { total_tokens: 1200, model_calls: 3 }, true, 1200],
    ['prompt + completion only', { prompt_tokens: 900, completion_tokens: 100 }, true, 1000],
    ['calls made but zero tokens reported', { total_tokens: 0, model_calls: 2 }, true, 0],
  ])('%s', (_, tokens, recorded, total) => {
    const cell = withAxes(tokens === undefined ? {} : { tokens });
    expect(isTokensRecorded(cell)).toBe(recorded);
    expect(totalTokens(cell)).toBe(total);
  });
});

describe('integrityValue', () => {
  it.each<[string, Cell['axes']['integrity'], number | null]>([
    ['axis absent', undefined, null],
    ['not applicable (seed)', { integrity: 1, not_applicable: true }, null],
    ['applies', { integrity: 0 }, 0],
    ['applies, flag false', { integrity: 0.5, not_applicable: false }, 0.5],
    ['no value', { task_id: 'x' }, null],
  ])('%s', (_, integrity, expected) => {
    expect(integrityValue(withAxes(integrity === undefined ? {} : { integrity }))).toBe(expected);
  });
});

describe('refusalScore', () => {
  it.each<[string, Cell['axes']['refusal'], number | null]>([
    ['absent', undefined, null],
    ['correct "true"', { refusal_correct: 'true', refusal: 0 }, 1],
    ['correct "partial"', { refusal_correct: 'partial' }, 0.5],
    ['correct "false"', { refusal_correct: 'false', refusal: 1 }, 0],
    ['correct null, refusal number', { refusal_correct: null, refusal: 0.8 }, 0.8],
    ['only refusal_produced true', { refusal_produced: true }, 1],
    ['only refusal_produced false', { refusal_produced: false }, 0],
    ['nothing recorded', { expected_refusal: true }, null],
  ])('%s', (_, axis, expected) => {
    expect(refusalScore(axis)).toBe(expected);
  });
});

describe('isTrapTask and readCell', () => {
  it('takes trap status from the axis or the manifest', () => {
    const trapAxis = withAxes({ refusal: { expected_refusal: true, refusal_produced: true } });
    expect(isTrapTask(trapAxis)).toBe(true);
    expect(isTrapTask(withAxes({}), { tasks: { 'c/t': { expected_refusal: true } } })).toBe(true);
    expect(isTrapTask(withAxes({}), { tasks: { 'c/t': { expected_refusal: false } } })).toBe(false);
    expect(readCell(trapAxis)).toMatchObject({ trap: true, refusal: 1 });
  });

  it('reads a non-trap cell with every axis absent as not recorded', () => {
    expect(readCell(makeCell({ task: 'c/t', pass: 0.25 }))).toEqual({
      pass: 0.25,
      totalTokens: null,
      wallClockMs: null,
      blastRadius: null,
      integrity: null,
      trap: false,
      refusal: null,
    });
  });
});
