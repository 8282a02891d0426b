/**
 * "Compare with" links for a cell page: the same task run by other tuis or
 * other models, and the same config on the other tasks of the category.
 * Indexed once per sweep, so a look-up reads one short list instead of
 * scanning every cell.
 */

import type { CellScore } from './normalise.ts';

/** Cell ids related to one cell, each list in `cell_id` order (all reruns included). */
export interface CellNeighbours {
  /** Same task, same model, another tui. */
  otherTuis: string[];
  /** Same task, same tui, another model. */
  otherModels: string[];
  /** Same config (tui × model), another task of the same category. */
  otherTasksInCategory: string[];
}

type Entry = Pick<CellScore, 'cellId' | 'tui' | 'model' | 'task' | 'category' | 'configKey'>;

/** Look-up tables behind {@link findNeighbours}, built by {@link buildNeighbourIndex}. */
export interface NeighbourIndex {
  /** `task NUL model` → cells. */
  byTaskModel: Map<string, Entry[]>;
  /** `task NUL tui` → cells. */
  byTaskTui: Map<string, Entry[]>;
  /** `config NUL category` → cells. */
  byConfigCategory: Map<string, Entry[]>;
}

// NUL cannot occur in ids (the schemas forbid control characters), so joined keys never collide.
const join = (a: string, b: string): string => `${a}\u0000${b}`;

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}

/**
 * Indexes cells by (task, model), (task, tui) and (config, category) in one pass.
 * Pass scores in `cell_id` order to get sorted lists.
 *
 * @example
 * const index = buildNeighbourIndex(metrics.cellScores.values());
 */
export function buildNeighbourIndex(scores: Iterable<Entry>): NeighbourIndex {
  const index: NeighbourIndex = { byTaskModel: new Map(), byTaskTui: new Map(), byConfigCategory: new Map() };
  for (const s of scores) {
    push(index.byTaskModel, join(s.task, s.model), s);
    push(index.byTaskTui, join(s.task, s.tui), s);
    push(index.byConfigCategory, join(s.configKey, s.category), s);
  }
  return index;
}

/**
 * The neighbours of one cell.
 *
 * @example
 * findNeighbours(index, score).otherTuis; // ['s/aider/meta/llama/mutations/x#run1', ...]
 */
export function findNeighbours(index: NeighbourIndex, cell: Entry): CellNeighbours {
  const ids = (list: Entry[] | undefined, keep: (e: Entry) => boolean): string[] => (list ?? []).filter(keep).map((e) => e.cellId);
  return {
    otherTuis: ids(index.byTaskModel.get(join(cell.task, cell.model)), (e) => e.tui !== cell.tui),
    otherModels: ids(index.byTaskTui.get(join(cell.task, cell.tui)), (e) => e.model !== cell.model),
    otherTasksInCategory: ids(index.byConfigCategory.get(join(cell.configKey, cell.category)), (e) => e.task !== cell.task),
  };
}
