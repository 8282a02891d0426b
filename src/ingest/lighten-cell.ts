import type { Cell } from '../schema/index.ts';

/** How much large content a cell had before it was lightened. */
export interface CellBulk {
  spanCount: number;
  modelCallCount: number;
  hasTerminal: boolean;
}

/**
 * Drops a cell's large text (test output tails, spans, model calls, terminal recording) so a
 * whole sweep's index stays small; the cell page reads the full record again from its file.
 */
export function lightenCell(cell: Cell): { cell: Cell; bulk: CellBulk } {
  const { spans, model_calls, terminal, ...rest } = cell;
  const { stdout_tail, stderr_tail, ...passRate } = cell.axes.pass_rate;
  void stdout_tail;
  void stderr_tail;
  void terminal;
  return {
    cell: { ...rest, axes: { ...cell.axes, pass_rate: passRate } },
    bulk: { spanCount: spans?.length ?? 0, modelCallCount: model_calls?.length ?? 0, hasTerminal: terminal !== undefined && terminal !== null },
  };
}
