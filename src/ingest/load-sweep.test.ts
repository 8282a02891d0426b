import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadSweep } from './load-sweep.ts';
import { SEED_CELL_FILE } from '../../tests/helpers/fixtures.ts';

const SEED_FILE = SEED_CELL_FILE;

/** A sweep folder `free-20260527` under a new temporary folder, with its manifest. */
function sweepFolder(): { root: string; dir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'load-sweep-'));
  const dir = path.join(root, 'free-20260527');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'sweep.json'), JSON.stringify({ sweep_id: 'free-20260527' }));
  return { root, dir };
}

const outside = (problems: ReturnType<typeof loadSweep>['problems']): string[] => problems.filter((p) => /link pointing outside/.test(p.message)).map((p) => path.basename(p.file));

it('reads a cell file linked from inside the sweep, and names one linked from outside', () => {
  const { root, dir } = sweepFolder();
  fs.mkdirSync(path.join(dir, 'cells'));
  fs.copyFileSync(SEED_FILE, path.join(dir, 'cells', 'real.json'));
  fs.symlinkSync(path.join(dir, 'cells', 'real.json'), path.join(dir, 'cells', 'inside.json'));
  fs.copyFileSync(SEED_FILE, path.join(root, 'elsewhere.json'));
  fs.symlinkSync(path.join(root, 'elsewhere.json'), path.join(dir, 'cells', 'outside.json'));
  const { sweep, problems } = loadSweep(dir);
  // Found: the file, the link inside and the link outside, which is named rather than read.
  expect(sweep?.recordsFound).toBe(3);
  expect(sweep?.cells).toHaveLength(2);
  expect(outside(problems)).toEqual(['outside.json']);
  fs.rmSync(root, { recursive: true, force: true });
});

it('names a cells folder that is a link to a folder outside the sweep, and reads none of its files', () => {
  const { root, dir } = sweepFolder();
  fs.mkdirSync(path.join(root, 'elsewhere'));
  fs.copyFileSync(SEED_FILE, path.join(root, 'elsewhere', 'a.json'));
  fs.symlinkSync(path.join(root, 'elsewhere'), path.join(dir, 'cells'));
  const { sweep, problems } = loadSweep(dir);
  expect(sweep?.recordsFound).toBe(0);
  expect(outside(problems)).toEqual(['cells']);
  fs.rmSync(root, { recursive: true, force: true });
});
