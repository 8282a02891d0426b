import { describe, expect, it } from 'vitest';
import { decodeRuns, encodeRuns, isRunsPassed } from './compare-pair.ts';

describe('encodeRuns / decodeRuns', () => {
  it('round-trips kinds and attempts', () => {
    const runs = [
      { kind: 'pass' as const, attempt: 1 },
      { kind: 'refusal' as const, attempt: 2 },
      { kind: 'incompatible' as const, attempt: 12 },
    ];
    expect(encodeRuns(runs)).toBe('P1R2N12');
    expect(decodeRuns('P1R2N12')).toEqual(runs);
  });
  it('skips unknown letters', () => {
    expect(decodeRuns('Z1P2')).toEqual([{ kind: 'pass', attempt: 2 }]);
  });
});

describe('isRunsPassed', () => {
  it.each<[string, boolean]>([
    ['P1', true],
    ['F1', false],
    ['P1F2', true],
    ['P1F2F3', false],
    ['I1', false],
    ['I1P2', true],
    ['R1', false],
  ])('%s -> %s', (runs, passed) => {
    expect(isRunsPassed(decodeRuns(runs))).toBe(passed);
  });
});
