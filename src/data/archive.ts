import type { ArchiveLoad } from '../ingest/load-archive.ts';
import type { LoadedCell, LoadedSweep } from '../ingest/load-sweep.ts';
import { cellAliasPath, cellPath, type CellRef } from '../urls/routes.ts';

/** A cell with its sweep and addresses, as the pages index it. */
export interface CellEntry {
  sweep: LoadedSweep;
  loaded: LoadedCell;
  ref: CellRef;
  /** Permanent page address. */
  path: string;
}

/** The archive as the site sees it: sweeps newest first, cells indexed for look-ups. */
export interface SiteArchive {
  load: ArchiveLoad;
  sweeps: LoadedSweep[];
  newest: LoadedSweep | undefined;
  /** Every valid cell, in sweep then record order. */
  cells: CellEntry[];
  /** cell_id -> entry, per sweep: `${sweepId}\n${cell_id}`. */
  byCellId: Map<string, CellEntry>;
  /** Seed-compatible alias path -> run 1 of that config and task in the newest sweep that has it. */
  aliases: Map<string, CellEntry>;
  /** `${sweepId}\n${tui}\n${model}\n${task}` -> every run of that cell, by attempt. */
  runs: Map<string, CellEntry[]>;
  /** `${tui}\n${model}\n${task}` -> that cell (run 1) in each sweep, newest first. */
  acrossSweeps: Map<string, CellEntry[]>;
  /** Neighbour lists for cell pages (run 1 only), keyed by `neighbourKeys`. */
  neighbours: Map<string, CellEntry[]>;
}

/** Keys of a cell's neighbour lists: same model and task (other tuis), same tui and task (other models), same config and category (other tasks). */
export function neighbourKeys(ref: CellRef): { otherTuis: string; otherModels: string; otherTasks: string } {
  const category = ref.task.slice(0, ref.task.indexOf('/'));
  return {
    otherTuis: `m\n${ref.sweepId}\n${ref.model}\n${ref.task}`,
    otherModels: `t\n${ref.sweepId}\n${ref.tui}\n${ref.task}`,
    otherTasks: `c\n${ref.sweepId}\n${ref.tui}\n${ref.model}\n${category}`,
  };
}

/** Key of one cell position (all its runs) in a sweep. */
export function runsKey(sweepId: string, tui: string, model: string, task: string): string {
  return `${sweepId}\n${tui}\n${model}\n${task}`;
}

/** Adds a value to the list at key, creating it; constant time, unlike copying the list. */
function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function refOf(sweep: LoadedSweep, loaded: LoadedCell): CellRef {
  const { cell } = loaded;
  return { sweepId: sweep.id, tui: cell.tui, model: cell.model, task: cell.task, attempt: loaded.attempt };
}

/** Indexes a loaded archive once, so pages look things up instead of scanning. */
export function indexArchive(load: ArchiveLoad): SiteArchive {
  const cells: CellEntry[] = [];
  const byCellId = new Map<string, CellEntry>();
  const runs = new Map<string, CellEntry[]>();
  const acrossSweeps = new Map<string, CellEntry[]>();
  const aliases = new Map<string, CellEntry>();
  const neighbours = new Map<string, CellEntry[]>();
  for (const sweep of load.sweeps) {
    for (const loaded of sweep.cells) {
      const ref = refOf(sweep, loaded);
      const entry: CellEntry = { sweep, loaded, ref, path: cellPath(ref) };
      cells.push(entry);
      byCellId.set(`${sweep.id}\n${loaded.cell.cell_id}`, entry);
      const key = runsKey(sweep.id, ref.tui, ref.model, ref.task);
      appendTo(runs, key, entry);
      if (ref.attempt === 1) {
        const across = `${ref.tui}\n${ref.model}\n${ref.task}`;
        appendTo(acrossSweeps, across, entry);
        // Sweeps come newest first, so the newest sweep that has this cell keeps the alias.
        const alias = cellAliasPath(ref.tui, ref.model, ref.task);
        if (!aliases.has(alias)) aliases.set(alias, entry);
        for (const k of Object.values(neighbourKeys(ref))) appendTo(neighbours, k, entry);
      }
    }
  }
  for (const list of runs.values()) list.sort((a, b) => a.ref.attempt - b.ref.attempt);
  return { load, sweeps: load.sweeps, newest: load.sweeps[0], cells, byCellId, aliases, runs, acrossSweeps, neighbours };
}
