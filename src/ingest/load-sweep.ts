import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { formatSchemaIssues, SweepManifestSchema, type Cell, type SweepManifest } from '../schema/index.ts';
import { compareStrings } from '../metrics/sweep-input.ts';
import { parseJsonText } from './parse-json.ts';
import { displayPath, isInside } from './paths.ts';
import { error, type Problem } from './problem.ts';
import { checkCellRecord } from './validate-cell.ts';
import { checkTerminalPath } from './terminal-path.ts';
import { lightenCell, type CellBulk } from './lighten-cell.ts';

/** Where a cell's record lives, so its full text can be read again for its page. */
export interface CellSource {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in a `cells.jsonl`; absent for one-cell files. */
  line?: number;
  /** Where that line's bytes start and how many there are, so a page reads its line, not the whole file. */
  bytes?: { offset: number; length: number };
}

/** A validated cell, lightened: large text (test output, spans, model calls, casts) is read again from `source` when needed. */
export interface LoadedCell {
  cell: Cell;
  /** Rerun number, 1-based. */
  attempt: number;
  source: CellSource;
  /** What the lightened record held before: span and model-call counts, a recording. */
  bulk: CellBulk;
}

/** One sweep as read: its manifest, its valid cells and a fingerprint of its input files. */
export interface LoadedSweep {
  id: string;
  dir: string;
  manifest: SweepManifest;
  cells: LoadedCell[];
  /** sha256 over the sweep's file paths and contents, in path order. */
  fingerprint: string;
  /** Number of cell records found, valid or not. */
  recordsFound: number;
}

/** The outcome of reading one sweep folder: the sweep when its manifest is valid, and every problem. */
export interface SweepLoad {
  sweep: LoadedSweep | null;
  problems: Problem[];
}

function readManifest(dir: string, folderName: string, problems: Problem[]): SweepManifest | undefined {
  const file = path.join(dir, 'sweep.json');
  const shown = displayPath(file);
  if (!fs.existsSync(file)) {
    problems.push(error(shown, '(file)', 'expected a sweep manifest, found no sweep.json', 'every sweep folder needs a sweep.json with at least a sweep_id'));
    return undefined;
  }
  const parsed = parseJsonText(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    problems.push(error(shown, parsed.path, parsed.message, parsed.hint));
    return undefined;
  }
  const result = SweepManifestSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    for (const issue of formatSchemaIssues(result.error)) problems.push(error(shown, issue.path, issue.message));
    return undefined;
  }
  if (result.data.sweep_id !== folderName) {
    problems.push(error(shown, 'sweep_id', `expected "${folderName}" (the folder's name), found ${JSON.stringify(result.data.sweep_id)}`, 'rename the folder or fix sweep_id: they name the same sweep'));
    return undefined;
  }
  return result.data;
}

/** Yields every cell record of a sweep with its source: one per `cells/**\/*.json` file, one per `cells.jsonl` line. */
function* readCellRecords(dir: string, problems: Problem[], hash: crypto.Hash): Generator<{ text: string; source: CellSource; shown: string }> {
  // Links are listed too (onlyFiles would hide them), so a link is either read or named, never skipped.
  // Links to folders below `cells/` are not followed, so a plain file in the listing lies inside the
  // sweep folder when `cells/` itself does: only links need resolving then (resolving every file's
  // path cost a fifth of reading 20,000 cells). A `cells/` that leads outside has every file checked.
  const cells = path.join(dir, 'cells');
  const cellsInside = !fs.existsSync(cells) || isInside(dir, cells);
  const entries = fg.sync(['cells/**/*.json', 'cells.jsonl'], { cwd: dir, onlyFiles: false, followSymbolicLinks: false, dot: false, objectMode: true });
  entries.sort((a, b) => compareStrings(a.path, b.path));
  for (const { path: rel, dirent } of entries) {
    const file = path.join(dir, rel);
    const shown = displayPath(file);
    const link = dirent.isSymbolicLink();
    if (!link && !dirent.isFile()) continue;
    if ((link || !cellsInside) && !isInside(dir, file)) {
      problems.push(error(shown, '(file)', 'expected a file inside the sweep folder, found a link pointing outside it', 'copy the file into the archive instead of linking to it'));
      continue;
    }
    const raw = fs.readFileSync(file);
    const text = raw.toString('utf8');
    hash.update(`${rel}\0${text}\0`);
    if (!rel.endsWith('.jsonl')) {
      yield { text, source: { file }, shown };
      continue;
    }
    // Lines are cut from the bytes, so each keeps its byte range for reading it alone later.
    for (let start = 0, n = 1; start < raw.length; n++) {
      const newline = raw.indexOf(0x0a, start);
      const end = newline === -1 ? raw.length : newline;
      const line = raw.toString('utf8', start, end);
      if (line.trim() !== '') yield { text: line, source: { file, line: n, bytes: { offset: start, length: end - start } }, shown: `${shown}:${n}` };
      start = end + 1;
    }
  }
}

/** Reads and validates one sweep folder. Every rejected record is named in `problems`; none is dropped silently. */
export function loadSweep(dir: string): SweepLoad {
  const problems: Problem[] = [];
  const folderName = path.basename(dir);
  const manifest = readManifest(dir, folderName, problems);
  const hash = crypto.createHash('sha256');
  if (fs.existsSync(path.join(dir, 'sweep.json'))) hash.update(`sweep.json\0${fs.readFileSync(path.join(dir, 'sweep.json'), 'utf8')}\0`);
  const cells: LoadedCell[] = [];
  let recordsFound = 0;
  for (const record of readCellRecords(dir, problems, hash)) {
    recordsFound++;
    const parsed = parseJsonText(record.text);
    if (!parsed.ok) {
      problems.push(error(record.shown, parsed.path, parsed.message, parsed.hint));
      continue;
    }
    const check = checkCellRecord(parsed.value, folderName, manifest);
    for (const [severity, jsonPath, message] of check.findings) problems.push({ file: record.shown, path: jsonPath, message, severity });
    if (!check.ok) continue;
    const terminal = checkTerminalPath(check.cell, dir);
    if (terminal !== null) {
      problems.push(error(record.shown, 'terminal.path', terminal));
      continue;
    }
    const light = lightenCell(check.cell);
    cells.push({ cell: light.cell, bulk: light.bulk, attempt: check.attempt, source: record.source });
  }
  if (manifest === undefined) return { sweep: null, problems };
  return { sweep: { id: folderName, dir, manifest, cells, fingerprint: `sha256:${hash.digest('hex')}`, recordsFound }, problems };
}
