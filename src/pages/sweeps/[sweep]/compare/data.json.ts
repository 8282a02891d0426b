import type { APIRoute } from 'astro';
import type { PlannedPage } from '../../../../plan/page-plan.ts';
import { routePages, sweepOf } from '../../../../data/site.ts';
import { buildCompareData } from '../../../../view/compare-data.ts';

export function getStaticPaths() {
  return routePages('compare-data');
}

/** The comparison picker's data: per config and task, runs and mean score. */
export const GET: APIRoute<{ page: PlannedPage<'compare-data'> }> = ({ props }) =>
  new Response(JSON.stringify(buildCompareData(sweepOf(props.page.ref.sweep))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
