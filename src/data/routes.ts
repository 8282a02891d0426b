import { sweepPath } from '../urls/routes.ts';
import { slugSegment } from '../urls/slug.ts';
import type { CellEntry } from './archive.ts';

/** Route params for a permanent cell page: `sweep` and the rest of the path after `/cell/`. */
export function cellRouteParams(entry: CellEntry): { sweep: string; cell: string } {
  const prefix = `${sweepPath(entry.sweep.id)}cell/`;
  return { sweep: slugSegment(entry.sweep.id), cell: entry.path.slice(prefix.length).replace(/\/$/, '') };
}


/** Route param for a sweep: its slug. */
export function sweepParam(sweepId: string): string {
  return slugSegment(sweepId);
}
