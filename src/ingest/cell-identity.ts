import type { Cell } from '../schema/index.ts';

/** A cell's rerun number and any disagreement between `cell_id`, its fields and `attempt`. */
export interface CellIdentity {
  /** Rerun number: `attempt`, else the `#run<N>` suffix, else 1. */
  attempt: number;
  /** Problems as `[json path, message]`; empty when the id agrees with the fields. */
  mismatches: Array<[string, string]>;
}

const RUN_SUFFIX = /#run(\d+)$/;

/** Reconciles `cell_id` (`sweep/tui/model/task[#runN]`) with the cell's fields and `attempt`. */
export function reconcileCellIdentity(cell: Pick<Cell, 'cell_id' | 'sweep_id' | 'tui' | 'model' | 'task' | 'attempt'>): CellIdentity {
  const mismatches: Array<[string, string]> = [];
  const suffix = RUN_SUFFIX.exec(cell.cell_id);
  const base = suffix ? cell.cell_id.slice(0, suffix.index) : cell.cell_id;
  const suffixRun = suffix?.[1] === undefined ? undefined : Number(suffix[1]);
  const expected = `${cell.sweep_id}/${cell.tui}/${cell.model}/${cell.task}`;
  if (base !== expected) {
    mismatches.push(['cell_id', `expected "${expected}" (sweep_id/tui/model/task, optionally #run<N>), found ${JSON.stringify(cell.cell_id)}`]);
  }
  if (suffixRun !== undefined && suffixRun < 1) {
    mismatches.push(['cell_id', `expected a run number of 1 or more in the #run suffix, found #run${suffix?.[1] ?? ''}`]);
  }
  if (cell.attempt !== undefined && suffixRun !== undefined && cell.attempt !== suffixRun) {
    mismatches.push(['attempt', `expected ${suffixRun} (the cell_id's #run${suffixRun} suffix), found ${cell.attempt}`]);
  }
  const attempt = cell.attempt ?? (suffixRun !== undefined && suffixRun >= 1 ? suffixRun : 1);
  return { attempt, mismatches };
}
