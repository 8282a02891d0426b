import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { formatCount, formatDuration } from '../format/numbers.ts';
import { buildComparePage, costDifference, signedCount } from './compare-page.ts';

const sweep = exampleSweep();

describe('buildComparePage: x/v/m1 vs y/v/m1 (same model)', () => {
  const page = buildComparePage(sweep, 'x/v/m1', 'y/v/m1');

  it('names both sides and what they share', () => {
    expect(page.a).toEqual({ letter: 'A', name: 'x × v/m1', href: '/sweeps/test-sweep/config/x/v/m1/' });
    expect(page.b).toEqual({ letter: 'B', name: 'y × v/m1', href: '/sweeps/test-sweep/config/y/v/m1/' });
    expect(page.intro).toBe('Same model (v/m1), different CLIs; compared on the 2 tasks both have a score for.');
    expect(page.canonical).toBe('https://sweepsite.example/sweeps/test-sweep/compare/x/v/m1/vs/y/v/m1/');
    expect(page.crumbs.map((c) => c.href)).toEqual(['/sweeps/test-sweep/', '/sweeps/test-sweep/compare/', null]);
    expect(page.links).toEqual([{ label: 'All CLIs with v/m1', href: '/sweeps/test-sweep/model/v/m1/' }]);
  });

  it('does not claim a difference two tasks cannot support', () => {
    expect(page.verdict.headline).toBe('No clear difference between x × v/m1 and y × v/m1 on 2 shared tasks.');
    expect(page.verdict.details).toHaveLength(3);
  });

  it('counts outcomes, wins and the exact McNemar p', () => {
    expect(page.counts).toEqual([
      { label: 'Both passed', value: '1' },
      { label: 'Only A passed', value: '1' },
      { label: 'Only B passed', value: '0' },
      { label: 'Neither passed', value: '0' },
      { label: 'A higher score / B higher / tie', value: '1 / 1 / 0' },
      { label: 'Exact McNemar p', value: '1' },
    ]);
  });

  it('sets the numbers side by side over shared tasks', () => {
    expect(page.numbers.map((n) => [n.label, n.a, n.b, n.difference])).toEqual([
      ['Mean score', '0.964', '0.500', expect.stringMatching(/^\+0\.464 \(95% −0\.071 to \+1\.000\)$/)],
      ['Tasks passed', '2 of 2', '1 of 2', '+1'],
      ['Tokens per correct', '2,000', 'n/a', 'n/a'],
      ['Median wall time', '20.0 s', '30.0 s', '−10.0 s (A 33% lower)'],
    ]);
  });

  it('groups shared tasks by who passed, with both sides’ runs linked', () => {
    expect(page.groups.map((g) => [g.outcome, g.title, g.rows.map((r) => [r.task, r.aComposite, r.bComposite, r.higher])])).toEqual([
      ['onlyA', 'Only A passed (1)', [['cat/a', '1.000', '0.000', 'A']]],
      ['both', 'Both passed (1)', [['cat/b', '0.929', '1.000', 'B']]],
    ]);
    const row = page.groups[0]?.rows[0];
    expect(row?.href).toBe('/sweeps/test-sweep/task/cat/a/');
    expect(row?.a).toEqual([{ href: '/sweeps/test-sweep/cell/x/v/m1/cat/a/', kind: 'pass', letter: 'P', label: 'A on cat/a: pass' }]);
    expect(row?.b.map((s) => s.href)).toEqual(['/sweeps/test-sweep/cell/y/v/m1/cat/a/']);
    expect(page.onlyInA).toEqual([{ label: 'dog/c', href: '/sweeps/test-sweep/task/dog/c/' }]);
    expect(page.onlyInB).toEqual([]);
  });
});

describe('helpers', () => {
  it.each<[number, string]>([
    [2, '+2'],
    [-1, '−1'],
    [0, '0'],
  ])('signedCount(%d) = %s', (n, text) => {
    expect(signedCount(n)).toBe(text);
  });

  it.each<[{ a: number | null; b: number | null; difference: number | null }, (v: number) => string, string]>([
    [{ a: 800, b: 1000, difference: -200 }, formatCount, '−200 (A 20% lower)'],
    [{ a: 1500, b: 1000, difference: 500 }, formatCount, '+500 (A 50% higher)'],
    [{ a: 1000, b: 1000, difference: 0 }, formatCount, '0'],
    [{ a: 90_000, b: null, difference: null }, formatDuration, 'n/a'],
  ])('costDifference(%j)', (s, format, text) => {
    expect(costDifference(s, format)).toBe(text);
  });

  it('refuses configs not in the sweep', () => {
    expect(() => buildComparePage(sweep, 'x/v/m1', 'z/v/m9')).toThrow('configs x/v/m1 and z/v/m9 are not both in sweep test-sweep');
  });
});
