import fs from 'node:fs';
import type { PageHead } from '../../../src/plan/page-plan.ts';

/** One page of the bare build: its address and its head. */
export interface BarePage {
  path: string;
  head: PageHead;
}

/** Where the bare build's process says which page list it renders (Astro loads pages in a module graph of its own). */
export const BARE_PAGES = Symbol.for('sweepsite.barePages');

/** The bare build's pages as Astro's `getStaticPaths` entries: `/a/b/` -> `a/b`, `/404.html` -> `404`. */
export function barePaths(): Array<{ params: { path: string | undefined }; props: { head: PageHead } }> {
  const file = (globalThis as Record<symbol, unknown>)[BARE_PAGES];
  if (typeof file !== 'string') throw new Error('bare build: no page list (run it with scripts/lib/bench/bare-astro.ts)');
  const pages = JSON.parse(fs.readFileSync(file, 'utf8')) as BarePage[];
  return pages.map((p) => {
    const route = p.path.replace(/^\/|\/$/g, '').replace(/\.html$/, '');
    return { params: { path: route === '' ? undefined : route }, props: { head: p.head } };
  });
}
