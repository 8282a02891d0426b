import type { Cell } from '../schema/index.ts';
import { testCountsOf, type TestCounts } from '../format/test-counts.ts';

/** How much large content a cell had before it was lightened, and what its test output said. */
export interface CellBulk {
  spanCount: number;
  modelCallCount: number;
  hasTerminal: boolean;
  /** Passed and failed tests read from the output tails (which are dropped), or null when they do not say. */
  testCounts: TestCounts | null;
}

/**
 * Drops a cell's large text (test output tails, spans, model calls, terminal recording) so a
 * whole sweep's index stays small, keeping what pages and search say of it (the test counts).
 */
export function lightenCell(cell: Cell): { cell: Cell; bulk: CellBulk } {
  const { spans, model_calls, terminal, ...rest } = cell;
  const { stdout_tail, stderr_tail, ...passRate } = cell.axes.pass_rate;
  void stdout_tail;
  void stderr_tail;
  void terminal;
  return {
    cell: { ...rest, axes: { ...cell.axes, pass_rate: passRate } },
    bulk: { spanCount: spans?.length ?? 0, modelCallCount: model_calls?.length ?? 0, hasTerminal: terminal !== undefined && terminal !== null, testCounts: testCountsOf(cell) },
  };
}
