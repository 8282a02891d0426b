/**
 * The site plan's vocabulary: every page the site has, where it goes, what its head says and
 * what its renderer needs to find its data. Plain data, so a build can hand any slice of it to
 * a render process as JSON.
 */

import type { SearchFacets } from '../view/search-facets.ts';

/** What a page's `<head>` says, and how search and sitemaps treat it. */
export interface PageHead {
  title: string;
  description: string;
  /** Absolute URL of the page's permanent address. */
  canonical: string;
  /** Absolute URL of its social card, when it has one. */
  ogImage?: string | undefined;
  /** False for pages search leaves out (the validation report, the search page, later runs of a cell). */
  searchable: boolean;
  /** Search filters beyond the page type and sweep, which its address gives (e.g. a cell's CLI and outcome). */
  facets: SearchFacets;
}

/** What each route's renderer needs to find its data in the archive, by id. */
export interface RouteRefs {
  home: Record<string, never>;
  sweeps: Record<string, never>;
  'not-found': Record<string, never>;
  cite: Record<string, never>;
  'data-format': Record<string, never>;
  search: Record<string, never>;
  validation: Record<string, never>;
  feed: Record<string, never>;
  prose: { id: string };
  'config-history': { tui: string; model: string };
  sweep: { sweep: string; previous: string | null };
  cell: { sweep: string; cellId: string };
  config: { sweep: string; key: string };
  tui: { sweep: string; tui: string };
  model: { sweep: string; model: string };
  task: { sweep: string; task: string };
  category: { sweep: string; category: string };
  compare: { sweep: string; a: string; b: string };
  'compare-index': { sweep: string };
  'compare-data': { sweep: string };
  failures: { sweep: string };
  diff: { sweep: string; older: string };
}

/** A route of the site, e.g. `cell` for `/sweeps/<id>/cell/…/`. */
export type RouteName = keyof RouteRefs;

/** Routes that make data files, not pages: they have no head. */
export type DataRoute = 'feed' | 'compare-data';

/** One output of a route: a page (with a head) or a data file made by a route (without). */
export interface PlannedPage<R extends RouteName = RouteName> {
  route: R;
  /** Its address, e.g. `/sweeps/s/cell/aider/openai/gpt-oss-120b/mutations/x/`, or `/feed.xml`. */
  path: string;
  /** The sweep whose folder holds it, or null for an archive-wide page. */
  sweep: string | null;
  /** The route's parameters, as Astro's `getStaticPaths` returns them; empty for a fixed route. */
  params: Record<string, string>;
  ref: RouteRefs[R];
  /** What the page's head says; null for a data file (the feed, a comparison data file). */
  head: R extends DataRoute ? null : PageHead;
}

/** The title, description and canonical address of a head, as page views carry them. */
export function titleOf(head: PageHead): { title: string; description: string; canonical: string } {
  return { title: head.title, description: head.description, canonical: head.canonical };
}
