import { describe, expect, it } from 'vitest';
import { layoutFrontier, logDomain, onFrontier, passDomain, tickLabel, type FrontierAxis, type FrontierInput } from './frontier.ts';

const tokens: FrontierAxis = { id: 'tokens-per-correct', label: 'Tokens per correct task', kind: 'count' };

function input(n: number, passRate: number | null, x: number | null): FrontierInput {
  return { n, name: `cli × model-${n}`, href: `/c/${n}/`, passRate, x, missing: 'no token counts' };
}

describe('tickLabel', () => {
  it.each([
    [500, 'count', '500'],
    [20_000, 'count', '20k'],
    [1_500_000, 'count', '1.5M'],
    [2e9, 'count', '2B'],
    [500, 'duration', '500 ms'],
    [30_000, 'duration', '30 s'],
    [120_000, 'duration', '2 min'],
    [7_200_000, 'duration', '2 h'],
  ] as const)('labels %d (%s) as %s', (value, kind, label) => {
    expect(tickLabel(value, kind)).toBe(label);
  });
});

describe('logDomain', () => {
  it.each([
    ['tokens of the demo sweep', [29_952, 176_765], 'count', 20_000, 200_000, [20_000, 50_000, 100_000, 200_000]],
    ['one value, widened to three ticks', [1000], 'count', 500, 2000, [500, 1000, 2000]],
    ['wall times', [45_000, 410_000], 'duration', 30_000, 600_000, [30_000, 60_000, 120_000, 300_000, 600_000]],
    ['nothing to show', [], 'count', 10, 100, [10, 20, 50, 100]],
  ] as const)('covers %s', (_, values, kind, lo, hi, ticks) => {
    expect(logDomain(values, kind)).toEqual({ lo, hi, ticks });
  });

  it('keeps at most seven ticks, the ends included', () => {
    const d = logDomain([3, 9e8], 'count');
    expect(d.ticks.length).toBeLessThanOrEqual(8);
    expect(d.ticks[0]).toBe(d.lo);
    expect(d.ticks.at(-1)).toBe(d.hi);
  });
});

describe('passDomain', () => {
  it.each([
    [[0.37, 0.9], 0.3, 0.9, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]],
    [[0.05, 0.91], 0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [[0.5, 0.5], 0.5, 0.7, [0.5, 0.6, 0.7]],
    [[0.95, 1], 0.8, 1, [0.8, 0.9, 1]],
    [[0, 0.1], 0, 0.2, [0, 0.1, 0.2]],
  ])('spans %j as %d..%d', (values, lo, hi, ticks) => {
    const d = passDomain(values);
    expect([d.lo, d.hi]).toEqual([lo, hi]);
    expect(d.ticks).toEqual(ticks);
  });
});

describe('onFrontier', () => {
  it.each([
    ['cheaper and better wins', [{ x: 1, y: 0.9 }, { x: 2, y: 0.5 }], [true, false]],
    ['a trade-off keeps both', [{ x: 1, y: 0.5 }, { x: 2, y: 0.9 }], [true, true]],
    ['equal cost, lower rate loses', [{ x: 1, y: 0.5 }, { x: 1, y: 0.6 }], [false, true]],
    ['identical configs both stay', [{ x: 1, y: 0.5 }, { x: 1, y: 0.5 }], [true, true]],
  ])('%s', (_, items, expected) => {
    expect(onFrontier(items)).toEqual(expected);
  });
});

describe('layoutFrontier', () => {
  const inputs = [input(1, 0.9, null), input(2, 0.8, 30_000), input(3, 0.7, 90_000), input(4, 0.85, 100_000), input(5, 0.6, null), input(6, null, null)];
  const chart = layoutFrontier(tokens, inputs);

  it('places every config with a pass rate: on the plot, or in the strip when it has no value', () => {
    expect(chart.points.map((p) => [p.n, p.inStrip])).toEqual([[2, false], [3, false], [4, false], [1, true], [5, true]]);
    expect(chart.unplaced).toEqual(['cli × model-6']);
    expect(chart.strip).not.toBeNull();
    expect(chart.stripTitle).toBe('no token counts');
    for (const p of chart.points.filter((q) => q.inStrip)) expect(p.cx).toBeGreaterThan(chart.plot.x + chart.plot.width);
  });

  it('marks the frontier and draws it as a staircase, cheapest first', () => {
    expect(chart.points.filter((p) => p.frontier).map((p) => p.n)).toEqual([2, 4]);
    expect(chart.frontierNames).toEqual(['cli × model-2', 'cli × model-4']);
    const [a, b] = chart.points.filter((p) => p.frontier);
    expect(chart.frontierPath).toBe(`${a?.cx},${a?.cy} ${b?.cx},${a?.cy} ${b?.cx},${b?.cy}`);
  });

  it('puts cheaper configs left and better ones higher', () => {
    const at = (n: number) => chart.points.find((p) => p.n === n);
    expect(at(2)?.cx).toBeLessThan(at(3)?.cx ?? 0);
    expect(at(2)?.cy).toBeLessThan(at(3)?.cy ?? 0);
  });

  it('labels every point with its number and describes it in words', () => {
    expect(chart.points.map((p) => p.label.text)).toEqual(['2', '3', '4', '1', '5']);
    expect(chart.points[0]?.description).toBe('2. cli × model-2: 80% pass rate, 30,000 tokens per correct task, on the frontier');
    expect(chart.points[3]?.description).toBe('1. cli × model-1: 90% pass rate, no token counts');
  });

  it('has no strip when every config has a value', () => {
    const full = layoutFrontier(tokens, [input(1, 0.5, 1000), input(2, 0.6, 2000)]);
    expect(full.strip).toBeNull();
    expect(full.plot.width).toBeGreaterThan(chart.plot.width);
  });

  it('draws an empty plot, not a broken one, when no config has a value', () => {
    const none = layoutFrontier(tokens, [input(1, 0.5, null)]);
    expect(none.points.map((p) => p.inStrip)).toEqual([true]);
    expect(none.frontierPath).toBe('');
    expect(none.xTicks.every((t) => Number.isFinite(t.at))).toBe(true);
  });
});
