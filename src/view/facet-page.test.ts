import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildModelPage, buildTuiPage, facetHeadline } from './facet-page.ts';
import { metricsOf } from '../data/metrics.ts';

const sweep = exampleSweep();
sweep.manifest.tuis = { x: { image: 'example/x:1', homepage: 'https://x.example', description: 'The x CLI.' } };

describe('buildTuiPage', () => {
  const page = buildTuiPage(sweep, 'x');

  it('shows the catalogue entry, its description apart', () => {
    expect(page.catalogue).toEqual({
      description: 'The x CLI.',
      facts: [
        { key: 'image', value: 'example/x:1', href: null, mono: true },
        { key: 'homepage', value: 'https://x.example', href: 'https://x.example', mono: false },
      ],
    });
    expect(page).toMatchObject({ kind: 'tui', eyebrow: 'CLI', name: 'x', rowsTitle: 'Models with x', canonical: 'https://sweepsite.example/sweeps/test-sweep/tui/x/' });
    expect(page.crumbs).toEqual([
      { label: 'test-sweep', href: '/sweeps/test-sweep/' },
      { label: 'x', href: null },
    ]);
  });

  it('has one leaderboard row per model, in rank order', () => {
    expect(page.rows.map((r) => [r.model, r.href, r.rank])).toEqual([
      ['v/m1', '/sweeps/test-sweep/config/x/v/m1/', expect.any(String)],
      ['v/m2', '/sweeps/test-sweep/config/x/v/m2/', expect.any(String)],
    ]);
    expect(page.hasReruns).toBe(true);
  });

  it('breaks the tui down by category', () => {
    // x on cat: x/m1 passes a and b, x/m2 passes 2 of 6 runs -> 4 of 8; on dog: x/m1 fails c -> 0 of 1.
    expect(page.categories.map((c) => [c.label, c.href, c.passRate, c.cells])).toEqual([
      ['cat', '/sweeps/test-sweep/category/cat/', '50%', 8],
      ['dog', '/sweeps/test-sweep/category/dog/', '0%', 1],
    ]);
  });

  it('lists head-to-heads between its models', () => {
    expect(page.pairs).toEqual([{ lead: 'v/m1', pairs: [{ label: 'v/m2', href: '/sweeps/test-sweep/compare/x/v/m1/vs/x/v/m2/', title: 'v/m1 vs v/m2' }] }]);
    expect(page.pairsNote).toBe('Pairs of configs that differ only in the model');
  });

  it('labels failure examples by model and task', () => {
    expect(page.failureModes.map((f) => [f.mode, f.count, f.examples.map((e) => e.label)])).toEqual([['test-failure', 5, ['v/m1 on dog/c', 'v/m2 on cat/a (run 2)', 'v/m2 on cat/b']]]);
  });
});

describe('buildModelPage', () => {
  const page = buildModelPage(sweep, 'v/m1');
  it('has one row per tui and the pairs of tuis', () => {
    expect(page).toMatchObject({ kind: 'model', eyebrow: 'Model', rowsTitle: 'CLIs with v/m1', canonical: 'https://sweepsite.example/sweeps/test-sweep/model/v/m1/', catalogue: { description: null, facts: [] } });
    expect(page.rows.map((r) => r.tui)).toEqual(['x', 'y']);
    expect(page.pairs).toEqual([{ lead: 'x', pairs: [{ label: 'y', href: '/sweeps/test-sweep/compare/x/v/m1/vs/y/v/m1/', title: 'x vs y' }] }]);
    expect(page.failureModes.map((f) => [f.mode, f.excluded, f.examples.map((e) => e.label)])).toEqual([
      ['infra', true, ['y on dog/c']],
      ['test-failure', false, ['x on dog/c', 'y on cat/a']],
    ]);
  });

  it('says what the model ran with', () => {
    const g = metricsOf(sweep).byModel.get('v/m2');
    expect(facetHeadline('v/m2', g ?? (undefined as never), 'CLI')).toMatch(/^v\/m2 ran with 1 CLI on 2 tasks: a 33% pass rate \(95% interval \d+%–\d+%\) and a score of 0\.333\.$/);
  });

  it('refuses an unknown model', () => {
    expect(() => buildModelPage(sweep, 'v/m9')).toThrow('model v/m9 is not in sweep test-sweep');
  });
});
