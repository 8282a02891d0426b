import fs from 'node:fs';
import path from 'node:path';
import { cellPath, configSegments, sweepPath, taskSegments } from '../urls/routes.ts';
import { compareStrings } from '../util/compare-strings.ts';
import { displayPath, isInside } from './paths.ts';
import { describeFsError } from './read-file.ts';
import { error, type Problem } from './problem.ts';
import { loadSweep, type LoadedCell, type LoadedSweep, type SweepLoad } from './load-sweep.ts';
import { findCollisions } from './collisions.ts';

/** Every sweep of an archive that could be read, and every problem found on the way. */
export interface ArchiveLoad {
  /** Valid sweeps, newest first (by start date, then id). */
  sweeps: LoadedSweep[];
  problems: Problem[];
  /** Sweep folders found, valid or not. */
  sweepFolders: number;
  /** Cell records found, valid or not. */
  recordsFound: number;
}

/** When a sweep ran: its manifest's start, else its earliest cell start, else its id. */
export function sweepStartKey(sweep: LoadedSweep): string {
  if (sweep.manifest.started_at !== undefined) return sweep.manifest.started_at;
  let earliest: string | undefined;
  for (const { cell } of sweep.cells) if (cell.started_at !== undefined && (earliest === undefined || cell.started_at < earliest)) earliest = cell.started_at;
  return earliest ?? '';
}

/** Cross-record rules within a sweep: duplicate cell ids and ids that collide once slugged. */
function checkSweepRecords(sweep: LoadedSweep): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, string>();
  const kept = sweep.cells.filter(({ cell, source }) => {
    const shown = displayPath(source.file) + (source.line === undefined ? '' : `:${source.line}`);
    const first = byId.get(cell.cell_id);
    if (first !== undefined) {
      problems.push(error(shown, 'cell_id', `expected a cell_id unique in the sweep, found ${JSON.stringify(cell.cell_id)} again (first in ${first})`, 'two records for one run: remove one, or give reruns #run<N> suffixes'));
      return false;
    }
    byId.set(cell.cell_id, shown);
    return true;
  });
  const collisions = [
    ...findCollisions(kept, ({ cell, attempt }) => cellPath({ sweepId: sweep.id, tui: cell.tui, model: cell.model, task: cell.task, attempt }), ({ cell }) => cell.cell_id),
    ...findCollisions(kept, ({ cell }) => configSegments(cell.tui, cell.model), ({ cell }) => `${cell.tui} × ${cell.model}`),
  ];
  const rejected = new Set<string>();
  for (const c of collisions) {
    problems.push(error(displayPath(c.item.source.file), 'cell_id', `expected ids that stay distinct in URLs, found ${JSON.stringify(c.name)} and ${JSON.stringify(c.otherName)} both at ${c.slug}`, 'the slug rule lower-cases and replaces odd characters; rename one of them'));
    rejected.add(c.item.cell.cell_id);
  }
  sweep.cells = kept.filter(({ cell }) => !rejected.has(cell.cell_id));
  return problems;
}

/** A sweep folder of the archive, or the reason an entry that looks like one cannot be read. */
type SweepFolder = { name: string; dir: string } | { problem: Problem };

/**
 * The archive's sweep folders in name order. A link is followed when it leads to a folder inside
 * the archive (the rule cell links follow) and named otherwise; nothing is passed over silently.
 */
function listSweepFolders(dir: string, problems: Problem[]): SweepFolder[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(error(displayPath(dir), '(folder)', `expected an archive folder of sweeps, found ${describeFsError(e)}`));
    return [];
  }
  const folders: SweepFolder[] = [];
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) folders.push({ name: entry.name, dir: full });
    else if (entry.isSymbolicLink()) {
      let target: fs.Stats;
      try {
        target = fs.statSync(full);
      } catch (e) {
        folders.push({ problem: error(displayPath(full), '(folder)', `expected a sweep folder, found a link to ${describeFsError(e)}`) });
        continue;
      }
      if (!target.isDirectory()) continue; // a link to a file is not a sweep, as a file is not
      if (isInside(dir, full)) folders.push({ name: entry.name, dir: full });
      else folders.push({ problem: error(displayPath(full), '(folder)', 'expected a sweep folder inside the archive, found a link pointing outside it', 'copy the sweep folder into the archive instead of linking to it') });
    }
  }
  return folders;
}

/**
 * Addresses shared by every sweep: config histories (`/config/<tui>/<vendor>/<model>/`), cell
 * aliases and badges (`…/<category>/<task>/`). Two ids that slug alike in two sweeps would put
 * two things at one address, so the later sweep's cells are rejected: the older one published
 * the address first, and a published address keeps its meaning.
 */
function checkArchiveAddresses(sweeps: readonly LoadedSweep[]): Problem[] {
  const problems: Problem[] = [];
  const oldestFirst = [...sweeps].sort((a, b) => compareStrings(sweepStartKey(a), sweepStartKey(b)) || compareStrings(a.id, b.id));
  const cells = oldestFirst.flatMap((sweep) => sweep.cells.map((loaded) => ({ sweep, loaded })));
  const collisions = [
    ...findCollisions(cells, ({ loaded }) => configSegments(loaded.cell.tui, loaded.cell.model), ({ loaded }) => `${loaded.cell.tui} × ${loaded.cell.model}`),
    ...findCollisions(cells, ({ loaded }) => taskSegments(loaded.cell.task), ({ loaded }) => loaded.cell.task),
  ];
  const rejected = new Set<LoadedCell>();
  for (const c of collisions) {
    if (rejected.has(c.item.loaded)) continue;
    rejected.add(c.item.loaded);
    problems.push(error(displayPath(c.item.loaded.source.file) + (c.item.loaded.source.line === undefined ? '' : `:${c.item.loaded.source.line}`), 'cell_id', `expected ids that stay distinct in URLs across the archive, found ${JSON.stringify(c.name)}, which an older sweep's ${JSON.stringify(c.otherName)} already publishes at ${c.slug}`, 'the slug rule lower-cases and replaces odd characters; name it as the older sweep does, or differently enough'));
  }
  for (const sweep of sweeps) sweep.cells = sweep.cells.filter((c) => !rejected.has(c));
  return problems;
}

/** What reading an archive found in it: each sweep folder's read, or why an entry could not be one. */
export type FolderRead = { name: string; dir: string; load: SweepLoad } | { problem: Problem };

/** An archive's folder, listed and each sweep folder read: what {@link assembleArchive} works from. */
export interface ArchiveReads {
  dir: string;
  /** Problems with the archive folder itself. */
  problems: Problem[];
  folders: FolderRead[];
}

/** Lists an archive's sweep folders and reads each with `readSweep` (by default {@link loadSweep}). */
export function readArchive(dir: string, readSweep: (sweepDir: string) => SweepLoad = loadSweep): ArchiveReads {
  const problems: Problem[] = [];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { dir, problems: [error(displayPath(dir), '(folder)', 'expected an archive folder of sweeps, found nothing there', 'set SWEEPS_DIR or pass the folder: npm run validate -- DIR')], folders: [] };
  }
  const folders = listSweepFolders(dir, problems).map((f): FolderRead => ('problem' in f ? f : { ...f, load: readSweep(f.dir) }));
  return { dir, problems, folders };
}

/**
 * The archive from its folders' reads: the rules across records and sweeps applied (duplicate
 * ids, ids that collide once slugged, in a sweep and across the archive), sweeps newest first.
 * Pure over its input, so a render process that takes the reads from a build's store assembles
 * the same archive. With `only`, the problems and counts are of that sweep folder alone (its
 * addresses still checked against the others).
 */
export function assembleArchive(reads: ArchiveReads, only?: string): ArchiveLoad {
  const problems: Problem[] = [...reads.problems];
  const sweeps: LoadedSweep[] = [];
  let recordsFound = 0;
  let sweepFolders = 0;
  for (const folder of reads.folders) {
    if ('problem' in folder) {
      if (only === undefined) {
        problems.push(folder.problem);
        sweepFolders++;
      }
      continue;
    }
    const mine = only === undefined || folder.name === only;
    if (mine) sweepFolders++;
    const { load } = folder;
    if (mine) problems.push(...load.problems);
    if (load.sweep === null) continue;
    if (mine) recordsFound += load.sweep.recordsFound;
    const recordProblems = checkSweepRecords(load.sweep);
    if (mine) problems.push(...recordProblems);
    sweeps.push(load.sweep);
  }
  const sweepCollisions = findCollisions(sweeps, (s) => sweepPath(s.id), (s) => s.id);
  for (const c of sweepCollisions) problems.push(error(displayPath(c.item.dir), 'sweep_id', `expected sweep ids that stay distinct in URLs, found ${JSON.stringify(c.name)} and ${JSON.stringify(c.otherName)}, both at ${c.slug}`, 'rename one sweep folder and its sweep_id'));
  const kept = sweeps.filter((s) => !sweepCollisions.some((c) => c.item === s));
  const addressProblems = checkArchiveAddresses(kept);
  problems.push(...addressProblems.filter((p) => only === undefined || kept.some((s) => s.id === only && p.file.startsWith(displayPath(s.dir)))));
  kept.sort((a, b) => sweepStartKey(b).localeCompare(sweepStartKey(a)) || b.id.localeCompare(a.id));
  const shown = only === undefined ? kept : kept.filter((s) => s.id === only);
  return { sweeps: shown, problems, sweepFolders, recordsFound };
}

/**
 * Reads every `<dir>/*\/` sweep folder of an archive, or only the folder named `only` (its
 * addresses still checked against the others). `readSweep` reads one folder; the build passes
 * one that keeps what it read.
 */
export function loadArchive(dir: string, readSweep: (sweepDir: string) => SweepLoad = loadSweep, only?: string): ArchiveLoad {
  return assembleArchive(readArchive(dir, readSweep), only);
}
