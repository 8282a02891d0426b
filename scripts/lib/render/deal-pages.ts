import type { PlannedPage, RouteName } from '../../../src/plan/page-plan.ts';

/** Routes with one fixed page each, which Astro renders in every process: every slice lists them. */
const FIXED_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>(['home', 'sweeps', 'cite', 'data-format', 'search', 'validation', 'not-found', 'feed']);

/** Blocks per process that a route's pages are dealt out in; see {@link dealPages}. */
export const BLOCKS_PER_PROCESS = 8;

/**
 * Deals planned pages out to `count` render processes. Each route's list is cut into `count` ×
 * {@link BLOCKS_PER_PROCESS} runs of neighbouring pages, dealt in turn, so every page lands in
 * exactly one process: neighbouring pages share folders (one config's cells), so each process
 * writes whole folders that merge by one rename, and dealing eight blocks each keeps processes
 * even when one part of a route is heavier than another. Fixed pages go to every process.
 */
export function dealPages(pages: readonly PlannedPage[], count: number): PlannedPage[][] {
  const slices: PlannedPage[][] = Array.from({ length: count }, () => []);
  const byRoute = new Map<RouteName, PlannedPage[]>();
  for (const page of pages) {
    if (FIXED_ROUTES.has(page.route)) for (const slice of slices) slice.push(page);
    else {
      const list = byRoute.get(page.route);
      if (list === undefined) byRoute.set(page.route, [page]);
      else list.push(page);
    }
  }
  for (const list of byRoute.values()) {
    const block = Math.max(1, Math.ceil(list.length / (count * BLOCKS_PER_PROCESS)));
    list.forEach((page, i) => slices[Math.floor(i / block) % count]?.push(page));
  }
  return slices;
}
