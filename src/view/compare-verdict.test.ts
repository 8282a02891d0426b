import { describe, expect, it } from 'vitest';
import { compareVerdict, formatP, formatSigned, type VerdictInput } from './compare-verdict.ts';

const base: VerdictInput = { a: 'A', b: 'B', shared: 20, counts: { both: 10, onlyA: 2, onlyB: 2, neither: 6 }, mcnemarP: 1, compositeDifference: { estimate: 0.01, low: -0.05, high: 0.07 } };

describe('formatSigned and formatP', () => {
  it.each<[number, string]>([
    [0.1234, '+0.123'],
    [-0.05, '−0.050'],
    [0, '0.000'],
    [-0.0001, '0.000'],
  ])('formatSigned(%d) = %s', (v, text) => {
    expect(formatSigned(v)).toBe(text);
  });
  it.each<[number, string]>([
    [1, '1'],
    [0.021484375, '0.021'],
    [0.0009, '< 0.001'],
  ])('formatP(%d) = %s', (p, text) => {
    expect(formatP(p)).toBe(text);
  });
});

describe('compareVerdict', () => {
  it.each<[string, Partial<VerdictInput>, string]>([
    ['interval spans 0, McNemar not significant', {}, 'No clear difference between A and B on 20 shared tasks.'],
    ['A ahead on both', { counts: { both: 5, onlyA: 9, onlyB: 1, neither: 5 }, mcnemarP: 0.021, compositeDifference: { estimate: 0.2, low: 0.1, high: 0.3 } }, 'A is ahead of B on score and on pass/fail.'],
    ['B ahead on both', { counts: { both: 5, onlyA: 1, onlyB: 9, neither: 5 }, mcnemarP: 0.021, compositeDifference: { estimate: -0.2, low: -0.3, high: -0.1 } }, 'B is ahead of A on score and on pass/fail.'],
    ['composite only', { compositeDifference: { estimate: 0.1, low: 0.02, high: 0.2 } }, 'A is ahead of B on score; pass/fail alone does not separate them.'],
    ['pass/fail only', { counts: { both: 5, onlyA: 9, onlyB: 1, neither: 5 }, mcnemarP: 0.021 }, 'A passes more shared tasks than B, but their scores do not show a clear difference.'],
    ['they disagree', { counts: { both: 5, onlyA: 1, onlyB: 9, neither: 5 }, mcnemarP: 0.021, compositeDifference: { estimate: 0.1, low: 0.02, high: 0.2 } }, 'A is ahead on score, B on pass/fail.'],
    ['nothing shared', { shared: 0, compositeDifference: null }, 'A and B have no scored task in common, so they cannot be compared.'],
  ])('%s', (_, patch, headline) => {
    expect(compareVerdict({ ...base, ...patch }).headline).toBe(headline);
  });

  it('never calls a config ahead when the interval includes zero', () => {
    const v = compareVerdict({ ...base, compositeDifference: { estimate: 0.3, low: -0.01, high: 0.6 } });
    expect(v.details[0]).toBe('The score difference A − B is +0.300 (95% interval −0.010 to +0.600); the interval includes zero, so these tasks do not show either config ahead on score.');
    expect(v.headline).not.toMatch(/ahead of/);
  });

  it('explains pass/fail with the discordant counts and p', () => {
    expect(compareVerdict(base).details[1]).toBe('A alone passes 2 shared tasks and B alone passes 2 (exact McNemar p = 1): too close to call a difference in pass/fail.');
    expect(compareVerdict({ ...base, counts: { both: 10, onlyA: 0, onlyB: 0, neither: 10 } }).details[1]).toBe('On every shared task both passed or both failed, so pass/fail does not separate them.');
  });

  it('warns when few tasks are shared', () => {
    expect(compareVerdict({ ...base, shared: 3 }).details).toContain('With only 3 shared tasks every interval is wide; a difference too small to show here may still exist.');
    expect(compareVerdict(base).details).toHaveLength(2);
  });
});
