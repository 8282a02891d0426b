import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { cellPath, configSegments } from '../urls/routes.ts';
import { displayPath } from './paths.ts';
import { error, type Problem } from './problem.ts';
import { loadSweep, type LoadedSweep, type SweepLoad } from './load-sweep.ts';
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

/**
 * Reads every `<dir>/*\/` sweep folder of an archive, or only the folder named `only`. `readSweep`
 * reads one folder; the build passes one that reuses an earlier read of an unchanged folder.
 */
export function loadArchive(dir: string, readSweep: (sweepDir: string) => SweepLoad = loadSweep, only?: string): ArchiveLoad {
  const problems: Problem[] = [];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { sweeps: [], problems: [error(displayPath(dir), '(folder)', 'expected an archive folder of sweeps, found nothing there', 'set SWEEPS_DIR or pass the folder: npm run validate -- DIR')], sweepFolders: 0, recordsFound: 0 };
  }
  const folders = fg.sync(['*'], { cwd: dir, onlyDirectories: true, followSymbolicLinks: false }).filter((name) => only === undefined || name === only).sort();
  const sweeps: LoadedSweep[] = [];
  let recordsFound = 0;
  for (const name of folders) {
    const load = readSweep(path.join(dir, name));
    problems.push(...load.problems);
    if (load.sweep === null) continue;
    recordsFound += load.sweep.recordsFound;
    problems.push(...checkSweepRecords(load.sweep));
    sweeps.push(load.sweep);
  }
  const sweepCollisions = findCollisions(sweeps, (s) => s.id.toLowerCase(), (s) => s.id);
  for (const c of sweepCollisions) problems.push(error(displayPath(c.item.dir), 'sweep_id', `expected sweep ids that stay distinct in URLs, found ${JSON.stringify(c.name)} and ${JSON.stringify(c.otherName)}`));
  const kept = sweeps.filter((s) => !sweepCollisions.some((c) => c.item === s));
  kept.sort((a, b) => sweepStartKey(b).localeCompare(sweepStartKey(a)) || b.id.localeCompare(a.id));
  return { sweeps: kept, problems, sweepFolders: folders.length, recordsFound };
}
