import { boundedMemo } from '../util/bounded-memo.ts';

/**
 * The slug rule, one rule for every URL path segment the site makes from data:
 *
 * 1. Unicode is normalised (NFKD) and combining marks dropped, so `é` becomes `e`.
 * 2. Letters are lower-cased, so a copied archive works on case-insensitive disks.
 * 3. Every run of characters outside `a-z 0-9 . _ -` becomes one `-`.
 * 4. Leading dots and dashes and trailing dashes are trimmed, so no segment is `.` or `..`.
 * 5. An empty result becomes `_`.
 *
 * Ids that the contract already restricts (tuis, task parts, most sweep ids) pass through
 * unchanged. Two different ids that slug to the same segment are a build error, found in
 * ingestion, never a silent overwrite.
 */
export function slugSegment(value: string): string {
  return memoSlug(value);
}

function computeSlug(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '');
  return slug === '' ? '_' : slug;
}

// Names repeat on every page (each cell links its sweep, config, task and neighbours).
const memoSlug = boundedMemo(computeSlug, { limit: 100_000 });

/** A model id as two URL segments: vendor and name, e.g. `meta/llama-3.3-70b-instruct`. */
export interface ModelSlug {
  vendor: string;
  name: string;
}

/**
 * Splits a model id at its first `/` into vendor and name and slugs each; the name keeps
 * any further `/` as `-` (e.g. `openrouter/qwen/Qwen2.5:free` -> `openrouter` / `qwen-qwen2.5-free`).
 */
export function slugModel(model: string): ModelSlug {
  const cut = model.indexOf('/');
  const vendor = cut < 0 ? '_' : model.slice(0, cut);
  const name = cut < 0 ? model : model.slice(cut + 1);
  return { vendor: slugSegment(vendor), name: slugSegment(name) };
}

/** A task id `category/name` as two URL segments. */
export function slugTask(task: string): { category: string; name: string } {
  const cut = task.indexOf('/');
  return { category: slugSegment(task.slice(0, cut)), name: slugSegment(task.slice(cut + 1)) };
}
