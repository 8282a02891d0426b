/**
 * The one place routes get their data from: the archive and the planned pages this render makes,
 * handed over by the build (`virtual:sweepsite/site`). Routes list their pages from here and look
 * up what a page names; they never read files or decide what to render.
 */

import site from 'virtual:sweepsite/site';
import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { PlannedPage, RouteName, RouteRefs } from '../plan/page-plan.ts';
import type { CellEntry, SiteArchive } from './archive.ts';
import { useCellCards, useSiteOrigin } from './site-config.ts';

useSiteOrigin(site.origin);
useCellCards(site.cellCards);

/** The indexed archive of this build. */
export const archive: SiteArchive = site.archive;

/** The static paths of a route: its planned pages in this render, each with its plan entry as props. */
export function routePages<R extends RouteName>(route: R): Array<{ params: Record<string, string>; props: { page: PlannedPage<R> } }> {
  return site.pages.filter((p): p is PlannedPage<R> => p.route === route).map((page) => ({ params: page.params, props: { page } }));
}

/** The planned page of a fixed route (home, search, …), which every render of the site makes. */
export function fixedPage<R extends RouteName>(route: R): PlannedPage<R> {
  const page = site.pages.find((p): p is PlannedPage<R> => p.route === route);
  if (page === undefined) throw new Error(`the site plan has no ${route} page`);
  return page;
}

/** A sweep of the archive by id. */
export function sweepOf(id: string): LoadedSweep {
  const sweep = archive.sweeps.find((s) => s.id === id);
  if (sweep === undefined) throw new Error(`sweep ${id} is not in the archive`);
  return sweep;
}

/** The cell a cell page shows. */
export function cellOf(ref: RouteRefs['cell']): CellEntry {
  const entry = archive.byCellId.get(`${ref.sweep}\n${ref.cellId}`);
  if (entry === undefined) throw new Error(`cell ${ref.cellId} is not in sweep ${ref.sweep}`);
  return entry;
}
