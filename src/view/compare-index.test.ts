import { describe, expect, it } from 'vitest';
import type { ComparablePair } from '../metrics/compare.ts';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildCompareIndex, sectionPairs } from './compare-index.ts';

describe('buildCompareIndex', () => {
  const page = buildCompareIndex(exampleSweep());

  it('lists every comparable pair under the tui or model it shares', () => {
    expect(page.byTui).toEqual([{ heading: 'x', href: '/sweeps/test-sweep/tui/x/', rows: [{ lead: 'v/m1', pairs: [{ label: 'v/m2', href: '/sweeps/test-sweep/compare/x/v/m1/vs/x/v/m2/', title: 'v/m1 vs v/m2' }] }] }]);
    expect(page.byModel).toEqual([{ heading: 'v/m1', href: '/sweeps/test-sweep/model/v/m1/', rows: [{ lead: 'x', pairs: [{ label: 'y', href: '/sweeps/test-sweep/compare/x/v/m1/vs/y/v/m1/', title: 'x vs y' }] }] }]);
    expect(page.headline).toBe('2 head-to-heads between configs that share a CLI or a model, over 3 configs.');
  });

  it('feeds the pair builder: its data file and every config, the first two preselected', () => {
    expect(page.dataHref).toBe('/sweeps/test-sweep/compare/data.json');
    expect(page.options).toEqual([
      { value: '0', label: 'x × v/m1', firstA: true, firstB: false },
      { value: '1', label: 'y × v/m1', firstA: false, firstB: true },
      { value: '2', label: 'x × v/m2', firstA: false, firstB: false },
    ]);
    expect(page.canonical).toBe('https://sweepsite.example/sweeps/test-sweep/compare/');
  });
});

describe('sectionPairs', () => {
  it('groups by section, then by first config, in input order', () => {
    const pairs: ComparablePair[] = [
      { a: 't/m1', b: 't/m2', shares: 'tui' },
      { a: 't/m1', b: 't/m3', shares: 'tui' },
      { a: 'u/m1', b: 't/m1', shares: 'model' },
      { a: 't/m2', b: 't/m3', shares: 'tui' },
    ];
    const model = (k: string): string => k.slice(2);
    const sections = sectionPairs(pairs, 'tui', () => ({ name: 't', href: '/t/' }), model, (p) => `/${p.a}|${p.b}`);
    expect(sections).toEqual([
      {
        heading: 't',
        href: '/t/',
        rows: [
          { lead: 'm1', pairs: [{ label: 'm2', href: '/t/m1|t/m2', title: 'm1 vs m2' }, { label: 'm3', href: '/t/m1|t/m3', title: 'm1 vs m3' }] },
          { lead: 'm2', pairs: [{ label: 'm3', href: '/t/m2|t/m3', title: 'm2 vs m3' }] },
        ],
      },
    ]);
  });
});
