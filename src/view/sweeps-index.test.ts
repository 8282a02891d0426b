import { describe, expect, it } from 'vitest';
import { loadArchive } from '../ingest/load-archive.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';
import { makeSweep } from '../../tests/helpers/test-sweep.ts';
import { buildSweepsIndex } from './sweeps-index.ts';

describe('buildSweepsIndex', () => {
  it('lists the sweeps newest first with their size and leader', () => {
    const rows = buildSweepsIndex(loadArchive(REAL_SAMPLE_DIR).sweeps);
    expect(rows.map((r) => r.summary.id)).toEqual(['newmodels-20260620', 'free-20260527']);
    const [newest, older] = rows;
    expect(newest?.summary.counts).toMatchObject({ cells: 1, configs: 1, tasks: 1 });
    expect(newest?.leader).toEqual({ name: 'aider × minimaxai/minimax-m3', href: '/sweeps/newmodels-20260620/config/aider/minimaxai/minimax-m3/', passRate: expect.stringMatching(/%$/) as unknown, score: expect.stringMatching(/^\d\.\d{3}$/) as unknown });
    expect(older?.summary.counts.cells).toBe(9);
  });

  it('counts unscored runs and says when no config could be scored', () => {
    const sweep = makeSweep([{ tui: 'x', model: 'v/m', task: 'cat/a', pass: 0, failure: 'infra' }]);
    const [row] = buildSweepsIndex([sweep]);
    expect(row?.unscored).toBe(1);
    expect(row?.leader).toBeNull();
  });
});
