import { describe, expect, it } from 'vitest';
import { indexArchive } from '../data/archive.ts';
import { loadArchive } from '../ingest/load-archive.ts';
import { metricsOf } from '../data/metrics.ts';
import { buildSearchPage } from './search-page.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));
const page = buildSearchPage(archive);

describe('buildSearchPage', () => {
  it('lists each sweep’s CLIs, models and tasks in the order of their own pages', () => {
    for (const [i, sweep] of archive.sweeps.entries()) {
      const m = metricsOf(sweep);
      const entry = page.sweeps[i];
      expect(entry?.tuis.map((l) => l.label)).toEqual([...m.byTui.keys()]);
      expect(entry?.models.map((l) => l.label)).toEqual([...m.byModel.keys()]);
      expect(entry?.tasks.map((l) => l.label)).toEqual([...m.byTask.keys()]);
    }
  });

  it('points the browser at every sweep’s index and at the bridge that loads Pagefind, relative to /search/', () => {
    expect(page.bundles).toEqual(archive.sweeps.map((s) => `../sweeps/${s.id}/pagefind/`));
    expect(page.bridge).toBe('../pagefind/search-bridge.js');
  });

  it('counts them in words that agree with the number', () => {
    for (const s of page.sweeps) {
      expect(s.configsLabel).toBe(`${s.configs.length} ${s.configs.length === 1 ? 'config' : 'configs'}`);
      expect(s.tasksLabel).toBe(`${s.tasks.length} ${s.tasks.length === 1 ? 'task' : 'tasks'}`);
      expect(s.toolsLabel).toMatch(/^\d+ CLIs? and \d+ models?$/);
    }
    expect(page.sweeps.some((s) => s.configs.length === 1 && s.configsLabel === '1 config')).toBe(true);
  });
});
