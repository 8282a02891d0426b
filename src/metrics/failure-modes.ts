/** Counts of why cells did not pass, with a few example cells for each reason. */

import { FAILURE_MODES, type FailureMode } from './cell-outcome.ts';
import type { CellScore } from './normalise.ts';

/** How many cells failed in one way, with up to {@link MAX_EXAMPLES} example cell ids. */
export interface FailureModeCount {
  mode: FailureMode;
  count: number;
  /** The first cells (in input order) that failed this way. */
  examples: string[];
}

/** Example cell ids kept per failure mode. */
export const MAX_EXAMPLES = 3;

/**
 * Counts failure modes over cells (excluded ones included: they are shown,
 * not scored). Only modes that occur are listed, in {@link FAILURE_MODES} order.
 *
 * @example
 * countFailureModes([noChangeCell, passCell, infraCell]);
 * // [{ mode: 'infra', count: 1, examples: ['s/t/m/x'] }, { mode: 'no-change', count: 1, examples: ['s/t/m/y'] }]
 */
export function countFailureModes(cells: Iterable<Pick<CellScore, 'cellId' | 'failureMode'>>): FailureModeCount[] {
  const counts = new Map<FailureMode, FailureModeCount>();
  for (const { cellId, failureMode } of cells) {
    if (failureMode === null) continue;
    let entry = counts.get(failureMode);
    if (entry === undefined) counts.set(failureMode, (entry = { mode: failureMode, count: 0, examples: [] }));
    entry.count++;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(cellId);
  }
  return FAILURE_MODES.flatMap((mode) => {
    const entry = counts.get(mode);
    return entry === undefined ? [] : [entry];
  });
}
