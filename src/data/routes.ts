import { sweepPath } from '../urls/routes.ts';
import type { CellEntry } from './archive.ts';

/** Route params for a permanent cell page: `sweep` and the rest of the path after `/cell/`. */
export function cellRouteParams(entry: CellEntry): { sweep: string; cell: string } {
  const prefix = `${sweepPath(entry.sweep.id)}cell/`;
  return { sweep: sweepPath(entry.sweep.id).split('/')[2] ?? '', cell: entry.path.slice(prefix.length).replace(/\/$/, '') };
}

/** Route param for an alias page: the path after `/cell/`, without slashes at the ends. */
export function aliasRouteParam(aliasPath: string): string {
  return aliasPath.replace(/^\/cell\//, '').replace(/\/$/, '');
}
