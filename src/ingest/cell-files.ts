/**
 * Finds a sweep's cell files: every `cells/**\/*.json` and a `cells.jsonl`. Nothing that could be a
 * record is skipped without a word: a link is read when it stays inside the sweep folder and named
 * when it leaves it or loops; a folder, pipe or device with a record's name is named; a folder
 * that cannot be listed is named.
 */

import fs from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../util/compare-strings.ts';
import { describeEntry, describeFsError } from './read-file.ts';
import { isInside } from './paths.ts';

/** A file to read as cell records, relative to the sweep folder (`cells/a/b.json`, `cells.jsonl`). */
export interface CellFile {
  rel: string;
  file: string;
}

/** A path in the sweep folder that should hold records but cannot be read as them. */
export interface CellFileProblem {
  file: string;
  message: string;
  hint?: string;
  /** True when the path had a record's name (`*.json`, `cells.jsonl`): it counts as a record found. */
  record: boolean;
}

const OUTSIDE_HINT = 'copy the file into the archive instead of linking to it';

/** Lists `dir`'s entries, or names why it cannot. */
function listFolder(dir: string, problems: CellFileProblem[]): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: dir, message: `expected a folder of cell files, found ${describeFsError(e)}`, record: false });
    return [];
  }
}

/** Checks a link: the file when it resolves to something inside the sweep folder, else a problem. */
function followLink(sweepDir: string, file: string, problems: CellFileProblem[], record: boolean): boolean {
  let target: string;
  try {
    target = fs.realpathSync(file);
  } catch (e) {
    problems.push({ file, message: `expected a link to a cell file, found a link to ${describeFsError(e)}`, record });
    return false;
  }
  if (!isInside(sweepDir, target)) {
    problems.push({ file, message: 'expected a file inside the sweep folder, found a link pointing outside it', hint: OUTSIDE_HINT, record });
    return false;
  }
  return true;
}

/**
 * Every cell file of the sweep in `sweepDir`, sorted by relative path, and every path that looked
 * like one but could not be taken. Hidden entries (`.name`) are not records and are passed over.
 */
export function listCellFiles(sweepDir: string): { files: CellFile[]; problems: CellFileProblem[] } {
  const files: CellFile[] = [];
  const problems: CellFileProblem[] = [];
  const take = (rel: string, entry: fs.Dirent): void => {
    const file = path.join(sweepDir, rel);
    if (entry.isSymbolicLink()) {
      if (followLink(sweepDir, file, problems, true)) files.push({ rel, file });
    } else if (entry.isFile()) files.push({ rel, file });
    else problems.push({ file, message: `expected a cell file, found ${describeEntry(entry)}`, record: true });
  };
  const walk = (relDir: string): void => {
    for (const entry of listFolder(path.join(sweepDir, relDir), problems)) {
      if (entry.name.startsWith('.')) continue;
      const rel = `${relDir}/${entry.name}`;
      if (entry.name.endsWith('.json')) take(rel, entry);
      else if (entry.isDirectory()) walk(rel);
      else if (entry.isSymbolicLink() && isFolder(path.join(sweepDir, rel))) {
        problems.push({ file: path.join(sweepDir, rel), message: 'expected a folder of cell files, found a link to a folder, which is not followed', hint: 'copy the folder into the sweep instead of linking to it', record: false });
      }
    }
  };
  const top = listFolder(sweepDir, problems);
  for (const entry of top) {
    if (entry.name === 'cells.jsonl') take('cells.jsonl', entry);
    else if (entry.name === 'cells') {
      if (entry.isDirectory()) walk('cells');
      else if (entry.isSymbolicLink() && followLink(sweepDir, path.join(sweepDir, 'cells'), problems, false)) {
        if (isFolder(path.join(sweepDir, 'cells'))) walk('cells');
        else problems.push({ file: path.join(sweepDir, 'cells'), message: 'expected a folder of cell files, found a link to something else', record: false });
      } else if (!entry.isSymbolicLink()) problems.push({ file: path.join(sweepDir, 'cells'), message: `expected a folder of cell files, found ${describeEntry(entry)}`, record: false });
    }
  }
  files.sort((a, b) => compareStrings(a.rel, b.rel));
  return { files, problems };
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
