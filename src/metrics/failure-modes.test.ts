import { describe, expect, it } from 'vitest';
import type { FailureMode } from './cell-outcome.ts';
import { countFailureModes } from './failure-modes.ts';

const c = (cellId: string, failureMode: FailureMode | null) => ({ cellId, failureMode });

describe('countFailureModes', () => {
  it('skips passes, lists modes in classifier order, keeps the first three examples', () => {
    const cells = [c('p', null), c('t1', 'test-failure'), c('i1', 'infra'), c('t2', 'test-failure'), c('t3', 'test-failure'), c('t4', 'test-failure'), c('n1', 'no-change')];
    expect(countFailureModes(cells)).toEqual([
      { mode: 'infra', count: 1, examples: ['i1'] },
      { mode: 'no-change', count: 1, examples: ['n1'] },
      { mode: 'test-failure', count: 4, examples: ['t1', 't2', 't3'] },
    ]);
  });
  it('is empty when everything passed', () => {
    expect(countFailureModes([c('a', null)])).toEqual([]);
  });
});
