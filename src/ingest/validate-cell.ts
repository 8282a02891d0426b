import { CellSchema, describeValue, formatSchemaIssues, type Cell, type SweepManifest } from '../schema/index.ts';
import { reconcileCellIdentity } from './cell-identity.ts';
import { isJsonObject } from './parse-json.ts';
import { resolveSpanTree } from './span-tree.ts';
import { checkTimeOrder } from './time-order.ts';

/** A record-level finding: `[severity, json path, message]`. */
export type Finding = ['error' | 'warning', string, string];

/** A validated cell, or the findings that rejected it. */
export type CellCheck = { ok: true; cell: Cell; attempt: number; findings: Finding[] } | { ok: false; findings: Finding[] };

/**
 * Validates one parsed cell record against the contract and the rules that need its sweep:
 * the schema, `cell_id` agreement, `sweep_id` matching the folder, the task catalogue and the span tree.
 */
export function checkCellRecord(value: unknown, sweepId: string, manifest: SweepManifest | undefined): CellCheck {
  if (!isJsonObject(value)) {
    return { ok: false, findings: [['error', '(root)', `expected a cell object, found ${describeValue(value)}`]] };
  }
  const parsed = CellSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, findings: formatSchemaIssues(parsed.error).map((i): Finding => ['error', i.path, i.message]) };
  }
  const cell = parsed.data;
  const findings: Finding[] = [];
  if (cell.sweep_id !== sweepId) {
    findings.push(['error', 'sweep_id', `expected "${sweepId}" (the sweep folder's name), found ${JSON.stringify(cell.sweep_id)}`]);
  }
  const order = checkTimeOrder(cell);
  if (order !== null) findings.push(['error', 'ended_at', order]);
  const identity = reconcileCellIdentity(cell);
  for (const [path, message] of identity.mismatches) findings.push(['error', path, message]);
  if (manifest?.tasks !== undefined && !(cell.task in manifest.tasks)) {
    findings.push(['warning', 'task', `expected a task listed in sweep.json's tasks catalogue, found ${JSON.stringify(cell.task)}`]);
  }
  if (cell.spans !== undefined) {
    for (const [path, message] of resolveSpanTree(cell.spans, cell.started_at).problems) findings.push(['warning', path, message]);
  }
  const hasError = findings.some(([severity]) => severity === 'error');
  return hasError ? { ok: false, findings } : { ok: true, cell, attempt: identity.attempt, findings };
}
