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

/** Blocks per shard that a route's pages are dealt out in; see {@link shardOf}. */
export const BLOCKS_PER_SHARD = 8;

/**
 * This shard's share of a route's pages: the list is cut into `count` × {@link BLOCKS_PER_SHARD}
 * runs of neighbouring items, dealt out in turn, so every item lands in exactly one shard.
 * Neighbouring items share folders (one config's cells), so each shard writes whole folders that
 * merge by one rename, not every other page of every folder (that left a skeleton of 8,000 empty
 * folders to delete at 20,000 cells); dealing eight blocks each keeps the shards even when one
 * part of the list is heavier than another.
 */
export function shardOf<T>(items: readonly T[], env: NodeJS.ProcessEnv = process.env): T[] {
  const { index, count } = renderShard(env);
  const block = Math.max(1, Math.ceil(items.length / (count * BLOCKS_PER_SHARD)));
  const mine = count === 1 ? [...items] : items.filter((_, i) => Math.floor(i / block) % count === index);
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
