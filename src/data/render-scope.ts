import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { CellEntry, SiteArchive } from './archive.ts';
import { countPlannedPages } from './build-progress.ts';

/**
 * Sweeps whose pages an incremental build takes from its cache instead of rendering: the ids in
 * SWEEPSITE_REUSE_SWEEPS (comma-separated), set by scripts/build.ts. Archive-wide pages (home,
 * aliases, feeds, search) always render.
 */
export function reusedSweepIds(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  return new Set((env['SWEEPSITE_REUSE_SWEEPS'] ?? '').split(',').filter((id) => id !== ''));
}

/** Which slice of the pages this render process builds: shard `index` of `count`. */
export interface RenderShard {
  index: number;
  count: number;
}

/**
 * The shard named by SWEEPSITE_RENDER_SHARD (`index/count`, e.g. `1/2`), set by scripts/build.ts
 * when it renders in several processes at once; the whole site when unset.
 */
export function renderShard(env: NodeJS.ProcessEnv = process.env): RenderShard {
  const raw = env['SWEEPSITE_RENDER_SHARD'];
  if (raw === undefined || raw === '') return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (m === null || count < 1 || index >= count) throw new Error(`SWEEPSITE_RENDER_SHARD: expected index/count with index < count, found ${JSON.stringify(raw)}`);
  return { index, count };
}

/**
 * This shard's share of a route's pages: every `count`-th item from `index`. Interleaving keeps
 * the shards even whatever the order of the list, and every item lands in exactly one shard.
 */
export function shardOf<T>(items: readonly T[], env: NodeJS.ProcessEnv = process.env): T[] {
  const { index, count } = renderShard(env);
  const mine = count === 1 ? [...items] : items.filter((_, i) => i % count === index);
  countPlannedPages(mine.length);
  return mine;
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
