import fs from 'node:fs';
import path from 'node:path';
import type { Cell } from '../schema/index.ts';
import { isInside } from './paths.ts';

/** Checks a cell's terminal recording path: it must stay inside the sweep folder and exist. Returns a message, or null when fine. */
export function checkTerminalPath(cell: Cell, sweepDir: string): string | null {
  const terminal = cell.terminal;
  if (terminal === null || terminal === undefined || typeof terminal['path'] !== 'string') return null;
  const recorded = terminal['path'];
  const target = path.resolve(sweepDir, recorded);
  const found = JSON.stringify(recorded);
  if (path.isAbsolute(recorded) || !isInside(sweepDir, target)) {
    return `expected a path inside the sweep folder, found ${found}, which leaves it`;
  }
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) return `expected a recording file in the sweep folder, found no file at ${found}`;
  return null;
}
