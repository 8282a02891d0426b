import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/ingest/load-archive.ts';
import { buildValidationReport, formatValidationReport } from '../../scripts/lib/validation-report.ts';

const BROKEN = 'tests/fixtures/broken-archive';

describe('an archive of broken files', () => {
  const load = loadArchive(path.resolve(BROKEN));

  it('names one problem per broken file and keeps the good cells', () => {
    const errorsByFile = new Map<string, number>();
    for (const p of load.problems.filter((p) => p.severity === 'error')) errorsByFile.set(path.basename(p.file), (errorsByFile.get(path.basename(p.file)) ?? 0) + 1);
    for (const file of ['empty.json', 'truncated.json', 'not-an-object.json', 'traversal.json', 'mismatched-id.json', 'missing-pass.json', 'other-sweep.json', 'terminal-escape.json']) {
      expect(errorsByFile.get(file), file).toBe(1);
    }
    expect(errorsByFile.get('wrong-types.json')).toBe(3);
    expect(errorsByFile.get('nan-strings.json')).toBe(2);
    const sweep = load.sweeps.find((s) => s.id === 'broken-sweep');
    expect(sweep?.cells.map((c) => c.cell.task).sort()).toEqual(['mutations/bom-prefixed', 'mutations/rust-error-negated']);
  });

  it('reports a duplicate cell_id and a slug collision', () => {
    expect(load.problems.some((p) => p.message.includes('unique in the sweep'))).toBe(true);
    expect(load.problems.some((p) => p.file.endsWith('slug-collision.json') && p.message.includes('distinct in URLs'))).toBe(true);
  });

  it('rejects sweeps with a missing, mismatched or unsupported manifest', () => {
    expect(load.sweeps.map((s) => s.id)).toEqual(['broken-sweep']);
    expect(load.problems.filter((p) => path.basename(p.file) === 'sweep.json').map((p) => `${p.path}: ${p.message}`)).toEqual([
      'sweep_id: expected "bad-manifest" (the folder\'s name), found "not-the-folder"',
      '(file): expected a sweep manifest, found no sweep.json',
      'schema_version: expected a supported schema_version (1), found 2',
      'weights.cost: expected a number, found "cheap"',
    ]);
  });

  it('prints every problem grouped by file, pinned', () => {
    const report = buildValidationReport(BROKEN, load);
    expect(report.ok).toBe(false);
    expect(formatValidationReport(report)).toMatchSnapshot();
  });
});
