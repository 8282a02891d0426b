import { describe, expect, it } from 'vitest';
import type { PlannedPage, RouteName } from '../../../src/plan/page-plan.ts';
import { dealPages } from './deal-pages.ts';

const planned = (route: RouteName, i: number): PlannedPage => ({ route, path: `/${route}/${i}/`, sweep: null, params: {}, ref: {} as never, head: null as never });

describe('dealPages', () => {
  it('puts every page of a route in exactly one slice, evenly', () => {
    const pages = Array.from({ length: 11 }, (_, i) => planned('cell', i));
    const slices = dealPages(pages, 3);
    expect(slices.flat().map((p) => p.path).sort()).toEqual(pages.map((p) => p.path).sort());
    expect(slices.map((s) => s.length)).toEqual([4, 4, 3]);
  });

  it('deals out runs of neighbouring pages, so a process writes whole folders', () => {
    const slices = dealPages(Array.from({ length: 64 }, (_, i) => planned('cell', i)), 2);
    // 64 pages, 2 processes, 8 blocks each: blocks of 4, dealt in turn.
    expect(slices[0]?.slice(0, 8).map((p) => p.path)).toEqual([0, 1, 2, 3, 8, 9, 10, 11].map((i) => `/cell/${i}/`));
    expect(slices[1]?.slice(0, 8).map((p) => p.path)).toEqual([4, 5, 6, 7, 12, 13, 14, 15].map((i) => `/cell/${i}/`));
  });

  it('gives every process the fixed pages, which Astro renders in each', () => {
    const slices = dealPages([planned('home', 0), planned('cell', 0), planned('cell', 1)], 2);
    expect(slices.map((s) => s.map((p) => p.route))).toEqual([['home', 'cell'], ['home', 'cell']]);
  });

  it('keeps every page in a single process', () => {
    expect(dealPages([planned('cell', 0), planned('task', 0)], 1)[0]).toHaveLength(2);
  });
});
