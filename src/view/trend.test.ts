import { expect, it } from 'vitest';
import { buildTrend } from './trend.ts';

it('places sweeps left to right and values bottom to top with their intervals', () => {
  const t = buildTrend([
    { label: 'a', href: '/a/', estimate: 0, low: 0, high: 0.2, value: '0%' },
    { label: 'b', href: '/b/', estimate: 1, low: 0.8, high: 1, value: '100%' },
  ], 200, 100, 20);
  expect(t.points.map((p) => [p.x, p.y, p.yLow, p.yHigh])).toEqual([[20, 80, 80, 68], [180, 20, 32, 20]]);
  expect(t.path).toBe('20,80 180,20');
});

it('centres a single sweep', () => {
  expect(buildTrend([{ label: 'a', href: '/a/', estimate: 0.5, low: 0.4, high: 0.6, value: '50%' }], 200, 100, 20).points[0]?.x).toBe(100);
});
