/**
 * `ended_at` before `started_at` validates as two timestamps but makes a negative duration on every
 * page ("duration -202420445000 ms"). Both the manifest and the cells are checked.
 */

/**
 * Why `ended_at` cannot follow `started_at`, or null when it can (or either is absent).
 *
 * @example
 * checkTimeOrder({ started_at: '2026-05-31T19:54:05Z', ended_at: '2026-05-31T19:53:46Z' });
 * // 'expected a time at or after started_at (2026-05-31T19:54:05Z), found 2026-05-31T19:53:46Z'
 */
export function checkTimeOrder(record: { started_at?: string | undefined; ended_at?: string | undefined }): string | null {
  const { started_at: start, ended_at: end } = record;
  if (start === undefined || end === undefined) return null;
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs >= startMs) return null;
  return `expected a time at or after started_at (${start}), found ${end}`;
}
