/** A 0..1 score to three decimals, e.g. `0.553`; "n/a" for null. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : value.toFixed(3);
}

/** A 0..1 fraction as a whole percentage, e.g. `55%`. */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${(value * 100).toFixed(digits)}%`;
}

/** Milliseconds for people: `0 ms`, `840 ms`, `19.0 s`, `7 min 27 s`. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return 'n/a';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds === 60 ? `${minutes + 1} min 0 s` : `${minutes} min ${seconds} s`;
}

/** An integer with thousands separators, e.g. `12,345`. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : Math.round(value).toLocaleString('en-US');
}

/** A number as recorded, shortened only where floating-point noise shows (`19005.185999999998` -> `19005.186`). */
export function formatRecordedNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}

/** A rank band as people read it: `3` when it is one rank, else `2–5`. */
export function formatRankBand(band: { rankLow: number; rankHigh: number }): string {
  return band.rankLow === band.rankHigh ? String(band.rankLow) : `${band.rankLow}–${band.rankHigh}`;
}

/**
 * `n word` with a plural `s` (or the given plural) when n is not 1.
 *
 * @example
 * plural(1, 'task'); // '1 task'
 * plural(3, 'cell'); // '3 cells'
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatCount(n)} ${n === 1 ? word : many}`;
}
