import { renderedSweeps, shardOf } from '../../../../data/render-scope.ts';
import type { APIRoute } from 'astro';
import type { LoadedSweep } from '../../../../ingest/load-sweep.ts';
import { getArchive } from '../../../../data/archive.ts';
import { buildCompareData } from '../../../../view/compare-data.ts';
import { sweepRoutes } from '../../../../view/group-paths.ts';

export function getStaticPaths() {
  return shardOf(sweepRoutes(renderedSweeps(getArchive())));
}

/** The comparison picker's data: per config and task, runs and mean composite. */
export const GET: APIRoute<{ sweep: LoadedSweep }> = ({ props }) =>
  new Response(JSON.stringify(buildCompareData(props.sweep)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
