/**
 * Timestamps in whole microseconds, formatted like the seed runner (`2026-05-31T19:53:46.476582Z`).
 * Integers avoid float drift between `started_at`, `ended_at` and `wall_clock_ms`.
 */

/** Microseconds since the epoch for an ISO date-time, e.g. `toMicros('2026-07-05T08:00:00Z')`. */
export function toMicros(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date-time: ${JSON.stringify(iso)}`);
  const fraction = /\.(\d+)Z$/.exec(iso)?.[1] ?? '';
  const extra = fraction.length > 3 ? Number(fraction.slice(3, 6).padEnd(3, '0')) : 0;
  return ms * 1000 + extra;
}

/** ISO-8601 with six fractional digits and `Z`, e.g. `2026-05-31T19:53:46.476582Z`. */
export function isoFromMicros(micros: number): string {
  const us = Math.round(micros);
  const ms = Math.floor(us / 1000);
  const base = new Date(ms).toISOString().slice(0, 19);
  const fraction = String(us - Math.floor(us / 1_000_000) * 1_000_000).padStart(6, '0');
  return `${base}.${fraction}Z`;
}

/** Milliseconds between two microsecond instants, with microsecond precision, e.g. `19005.186`. */
export function msBetween(startMicros: number, endMicros: number): number {
  return Math.round(endMicros - startMicros) / 1000;
}

/** The calendar day of a microsecond instant, e.g. `2026-07-05`. */
export function dayOf(micros: number): string {
  return new Date(Math.floor(micros / 1000)).toISOString().slice(0, 10);
}
