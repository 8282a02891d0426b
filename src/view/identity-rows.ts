import type { Cell } from '../schema/index.ts';
import { formatCount, formatDuration } from '../format/numbers.ts';
import { tokensNotRecorded } from './score-tiles.ts';

/** One labelled fact about a run. `mono` values are ids, digests and timestamps. */
export interface FactRow {
  key: string;
  value: string;
  mono: boolean;
}

/** Duration between two ISO timestamps in ms, or null when either is missing. */
export function durationMs(startedAt: string | undefined, endedAt: string | undefined): number | null {
  if (startedAt === undefined || endedAt === undefined) return null;
  const ms = Date.parse(endedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) ? ms : null;
}

const missing = 'not recorded';

/** Run identity: who ran what, where, from which image. */
export function buildIdentityRows(cell: Cell, attempt: number): FactRow[] {
  return [
    { key: 'cell_id', value: cell.cell_id, mono: true },
    { key: 'sweep_id', value: cell.sweep_id, mono: true },
    { key: 'tui', value: cell.tui, mono: true },
    { key: 'model', value: cell.model, mono: true },
    { key: 'task', value: cell.task, mono: true },
    { key: 'attempt', value: String(attempt), mono: false },
    { key: 'container_image', value: cell.container_image ?? missing, mono: true },
    { key: 'image_digest', value: cell.image_digest ?? missing, mono: true },
    { key: 'model_build_id', value: cell.model_build_id ?? missing, mono: true },
    { key: 'exit_code', value: cell.exit_code === undefined ? missing : cell.exit_code === null ? 'none (null)' : String(cell.exit_code), mono: true },
    { key: 'behavior_mode', value: cell.behavior_mode ?? missing, mono: false },
    { key: 'plugin_stack', value: cell.plugin_stack === undefined ? missing : cell.plugin_stack.length === 0 ? 'none (empty)' : cell.plugin_stack.join(', '), mono: true },
  ];
}

/** Timing and tokens: when it ran, for how long, and what it spent. */
export function buildTimingRows(cell: Cell): FactRow[] {
  const t = cell.axes.tokens;
  const duration = durationMs(cell.started_at, cell.ended_at);
  const rows: FactRow[] = [
    { key: 'started_at', value: cell.started_at ?? missing, mono: true },
    { key: 'ended_at', value: cell.ended_at ?? missing, mono: true },
    { key: 'duration', value: duration === null ? missing : `${formatDuration(duration)} (${formatCount(duration)} ms)`, mono: false },
    { key: 'timed_out', value: cell.timed_out === undefined ? (cell.axes.pass_rate.timed_out === true ? 'yes (tests)' : 'no') : cell.timed_out ? 'yes' : 'no', mono: false },
  ];
  if (tokensNotRecorded(cell)) rows.push({ key: 'tokens', value: 'not recorded', mono: false });
  else {
    rows.push({ key: 'prompt_tokens', value: formatCount(t?.prompt_tokens ?? null), mono: false });
    rows.push({ key: 'completion_tokens', value: formatCount(t?.completion_tokens ?? null), mono: false });
  }
  rows.push({ key: 'tokens_source', value: cell.tokens_source ?? missing, mono: false });
  return rows;
}
