import { describe, expect, it } from 'vitest';
import { indexArchive } from '../data/archive.ts';
import { loadArchive } from '../ingest/load-archive.ts';
import { REAL_SAMPLE_DIR } from '../../tests/helpers/fixtures.ts';
import { planSite } from './plan-site.ts';
import type { PlannedPage } from './page-plan.ts';

const archive = indexArchive(loadArchive(REAL_SAMPLE_DIR));
const plan = planSite(archive, [{ id: 'about', title: 'About', description: 'What this is.' }]);

describe('planSite', () => {
  it('plans every cell page once, under its sweep, with a head stating its verdict', () => {
    const cells = plan.filter((p): p is PlannedPage<'cell'> => p.route === 'cell');
    expect(cells.map((p) => p.path)).toEqual(archive.cells.map((e) => e.path));
    expect(new Set(plan.map((p) => p.path)).size).toBe(plan.length);
    for (const p of cells) expect(p.sweep).toBe(p.path.split('/')[2]);
    const rerun = cells.find((p) => p.head.description.includes('run 2 of'));
    expect(rerun?.head.searchable ?? false).toBe(false);
  });

  it('gives every page a head with its own canonical address, and data files none', () => {
    for (const p of plan) {
      if (p.route === 'feed' || p.route === 'compare-data') expect(p.head).toBeNull();
      else expect(p.head?.canonical).toBe(`https://sweepsite.example${p.path}`);
    }
  });

  it('lists archive-wide pages outside every sweep: home, the sweeps, prose, config histories and the feed', () => {
    const wide = plan.filter((p) => p.sweep === null).map((p) => p.route);
    expect(new Set(wide)).toEqual(new Set(['home', 'sweeps', 'cite', 'data-format', 'search', 'validation', 'not-found', 'prose', 'config-history', 'feed']));
    expect(plan.find((p) => p.route === 'prose')).toMatchObject({ path: '/about/', params: { page: 'about' }, head: { title: 'About', description: 'What this is.' } });
  });

  it('passes each route the parameters its path is made of', () => {
    for (const p of plan.filter((x) => x.sweep !== null && x.route !== 'sweep')) {
      const rest = Object.entries(p.params).filter(([k]) => k !== 'sweep').map(([, v]) => v);
      for (const part of rest) expect(p.path).toContain(part);
    }
  });
});
