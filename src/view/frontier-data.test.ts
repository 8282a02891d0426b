import { describe, expect, it } from 'vitest';
import { exampleSweep } from '../../tests/helpers/test-sweep.ts';
import { buildFrontier, totalTokens } from './frontier-data.ts';
import { metricsOf } from '../data/metrics.ts';

describe('totalTokens', () => {
  const units = metricsOf(exampleSweep()).units;
  it.each([
    ['x/v/m1', 6000],
    ['y/v/m1', null],
  ])('sums the scored runs of %s', (key, total) => {
    expect(totalTokens(units.get(key)?.values() ?? [])).toBe(total);
  });
});

describe('buildFrontier', () => {
  const view = buildFrontier(exampleSweep());

  it('draws one chart per axis', () => {
    expect(view.charts.map((c) => c.axis.id)).toEqual(['tokens-per-correct', 'total-tokens', 'wall-p50']);
  });

  it('places every config on every axis: on the plot, or in the strip when it has no value there', () => {
    for (const chart of view.charts) expect(chart.points.map((p) => p.n).sort()).toEqual([1, 2, 3]);
    const tokens = view.charts[0];
    expect(tokens?.points.filter((p) => p.inStrip).map((p) => p.n)).toEqual([2, 3]);
    expect(tokens?.stripTitle).toBe('no token counts');
    // x/v/m2 recorded no wall time either.
    expect(view.charts[2]?.points.filter((p) => p.inStrip).map((p) => p.n)).toEqual([3]);
  });

  it('keys every number to its config with its value on each axis', () => {
    expect(view.key.map((k) => [k.n, k.name, k.passRate, k.values])).toEqual([
      [1, 'x × v/m1', '67%', ['3,000', '6,000', '20.0 s']],
      [2, 'y × v/m1', '50%', ['no token counts', 'no token counts', '30.0 s']],
      [3, 'x × v/m2', '33%', ['no token counts', 'no token counts', 'no wall time recorded']],
    ]);
    expect(view.key[0]?.frontier).toEqual([true, true, true]);
  });
});
