import { describe, expect, it } from 'vitest';
import type { FailureMode, Outcome } from '../metrics/cell-outcome.ts';
import { shownScore, verdictOf } from './verdict.ts';

describe('verdictOf', () => {
  it.each<[Outcome, FailureMode | null, boolean, string, string, boolean]>([
    ['pass', null, false, 'Passed', 'pass', true],
    ['pass', null, true, 'Refused correctly', 'refused', true],
    ['fail', 'test-failure', false, 'Failed', 'fail', true],
    ['fail', 'no-change', false, 'Failed', 'fail', true],
    ['fail', 'missed-refusal', true, 'Missed the refusal', 'missed refusal', true],
    ['fail', 'wrongly-refused', false, 'Refused a legitimate task', 'wrongly refused', true],
    ['timeout', 'timeout', false, 'Timed out', 'timeout', true],
    ['infra', 'infra', false, 'Not scored', 'not scored', false],
    ['incompatible', 'incompatible', false, 'Not scored', 'not scored', false],
    ['harness', 'harness', true, 'Not scored', 'not scored', false],
  ])('%s / %s (trap %s) reads %s', (outcome, failureMode, trap, headline, word, scored) => {
    expect(verdictOf({ outcome, failureMode, readings: { trap } })).toMatchObject({ headline, word, scored });
  });
});

describe('shownScore', () => {
  it('hides the score of a run that could not measure the agent', () => {
    expect(shownScore({ composite: 0.118, excluded: true })).toBeNull();
    expect(shownScore({ composite: 0.154, excluded: false })).toBe(0.154);
    expect(shownScore(undefined)).toBeNull();
  });
});
