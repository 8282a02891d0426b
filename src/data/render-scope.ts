import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { CellEntry, SiteArchive } from './archive.ts';

/**
 * Sweeps whose pages an incremental build takes from its cache instead of rendering: the ids in
 * SWEEPSITE_REUSE_SWEEPS (comma-separated), set by scripts/build.ts. Archive-wide pages (home,
 * aliases, feeds, search) always render.
 */
export function reusedSweepIds(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  return new Set((env['SWEEPSITE_REUSE_SWEEPS'] ?? '').split(',').filter((id) => id !== ''));
}

/** The sweeps whose own pages this build renders. */
export function renderedSweeps(archive: SiteArchive, env: NodeJS.ProcessEnv = process.env): LoadedSweep[] {
  const reused = reusedSweepIds(env);
  return archive.sweeps.filter((s) => !reused.has(s.id));
}

/** The cells whose permanent pages this build renders. */
export function renderedCells(archive: SiteArchive, env: NodeJS.ProcessEnv = process.env): CellEntry[] {
  const reused = reusedSweepIds(env);
  return reused.size === 0 ? archive.cells : archive.cells.filter((e) => !reused.has(e.sweep.id));
}
