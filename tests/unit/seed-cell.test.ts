import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/ingest/load-archive.ts';
import { readFullCell } from '../../src/ingest/read-cell.ts';
import { CellSchema } from '../../src/schema/index.ts';
import { REAL_SAMPLE_DIR, SEED_ARCHIVE_DIR, SEED_CELL_FILE } from '../helpers/fixtures.ts';


const seedRecord = JSON.parse(fs.readFileSync(SEED_CELL_FILE, 'utf8')) as unknown;

/** Every leaf of a JSON value as [path, value]. */
function leaves(value: unknown, at = ''): Array<[string, unknown]> {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [[at, value]];
    return entries.flatMap(([k, v]) => leaves(v, at === '' ? k : `${at}.${k}`));
  }
  return [[at, value]];
}

describe('the seed cell', () => {
  it('validates against the contract', () => {
    expect(CellSchema.safeParse(seedRecord).success).toBe(true);
  });

  it('loads from the seed archive with no problem', () => {
    const load = loadArchive(SEED_ARCHIVE_DIR);
    expect(load.problems).toEqual([]);
    expect(load.sweeps.map((s) => [s.id, s.cells.length])).toEqual([['free-20260527', 1]]);
  });

  it('keeps every value of its record through ingestion', () => {
    const [sweep] = loadArchive(SEED_ARCHIVE_DIR).sweeps;
    const loaded = sweep?.cells[0];
    expect(loaded).toBeDefined();
    if (loaded === undefined) return;
    const full = readFullCell(loaded.record);
    for (const [at, value] of leaves(seedRecord)) {
      expect(leaves(full).find(([p]) => p === at), at).toEqual([at, value]);
    }
    expect(loaded.attempt).toBe(1);
    expect(loaded.bulk).toEqual({ spanCount: 5, modelCallCount: 0, hasTerminal: false, testCounts: { passed: 1, failed: 3, total: 4, format: 'cargo' } });
  });
});

describe('the real sample', () => {
  it('validates every cell with #run1 ids, failures and partial axes', () => {
    const load = loadArchive(REAL_SAMPLE_DIR);
    expect(load.problems).toEqual([]);
    expect(load.sweeps.reduce((n, s) => n + s.cells.length, 0)).toBe(10);
    const reruns = load.sweeps.flatMap((s) => s.cells).filter((c) => c.cell.cell_id.endsWith('#run1'));
    expect(reruns.length).toBeGreaterThan(0);
    expect(reruns.every((c) => c.attempt === 1)).toBe(true);
  });
});

it('runs on Node 22.12 or newer (the pinned devDependency, not the machine Node 20)', () => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  expect(major > 22 || (major === 22 && minor >= 12), process.version).toBe(true);
});
