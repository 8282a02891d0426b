/**
 * What the metrics layer reads from a sweep, and the keys it groups cells
 * by. A `LoadedSweep` from `src/ingest/` satisfies {@link SweepInput}; tests
 * build smaller values by hand.
 */

import type { Cell, SweepManifest } from '../schema/index.ts';

/** One cell as the metrics layer needs it (a `LoadedCell` fits). */
export interface CellInput {
  /** The (lightened) cell record. */
  cell: Cell;
  /** Rerun number, 1-based. */
  attempt: number;
}

/** One sweep as the metrics layer needs it (a `LoadedSweep` fits). */
export interface SweepInput {
  /** Sweep id, e.g. `free-20260527`. */
  id: string;
  manifest: SweepManifest;
  cells: readonly CellInput[];
}

/**
 * Key of a config (one tui × model pair): `tui/model`. Unambiguous because a
 * tui name never holds `/`.
 *
 * @example
 * configKey('aider', 'openai/gpt-oss-120b'); // 'aider/openai/gpt-oss-120b'
 */
export function configKey(tui: string, model: string): string {
  return `${tui}/${model}`;
}

/**
 * A task's category: the part of its id before `/` (task ids are
 * `category/name`).
 *
 * @example
 * categoryOf('mutations/rust-error-negated'); // 'mutations'
 */
export function categoryOf(task: string): string {
  const slash = task.indexOf('/');
  return slash === -1 ? task : task.slice(0, slash);
}

