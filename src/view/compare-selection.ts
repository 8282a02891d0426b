/**
 * The leaderboard's side-by-side comparison: the data the page inlines for it, which value of a
 * row is best among the selected configs, and where "compare these two" leads. Pure and free of
 * build-only imports, so the browser island and the build share it.
 */

/** Whether a higher or a lower value is better; null when neither is (a count, a label). */
export type Better = 'high' | 'low' | null;

/** One row of the comparison table. */
export interface CompareMetric {
  label: string;
  better: Better;
}

/** One cell of the comparison: what it shows and the number that decides which is best. */
export interface CompareValue {
  text: string;
  /** Interval or detail in small print, '' for none. */
  note: string;
  value: number | null;
}

/** A config the reader can select. */
export interface CompareConfig {
  key: string;
  tui: string;
  model: string;
  name: string;
  href: string;
  /** Its address segments (`<tui>/<vendor>/<model>`), for the head-to-head page's address. */
  segments: string;
  /** One per metric, aligned on `LeaderboardCompare.metrics`. */
  values: CompareValue[];
}

/** What the page inlines as JSON for the comparison. */
export interface LeaderboardCompare {
  /** The sweep's comparison picker, e.g. `/sweeps/s/compare/`. */
  compareBase: string;
  metrics: CompareMetric[];
  /** In leaderboard order: head-to-head pages name the higher-ranked config first. */
  configs: CompareConfig[];
}

/**
 * Indexes of the best value in a comparison row; none when fewer than two values are known, the
 * row has no direction, or every known value is the same.
 *
 * @example
 * bestIndexes([0.5, 0.8, null, 0.8], 'high'); // [1, 3]
 */
export function bestIndexes(values: ReadonlyArray<number | null>, better: Better): number[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (better === null || known.length < 2) return [];
  const best = better === 'high' ? Math.max(...known) : Math.min(...known);
  if (known.every((v) => v === best)) return [];
  return values.flatMap((v, i) => (v === best ? [i] : []));
}

/** Where two selected configs can be compared task by task. */
export interface PairLink {
  href: string;
  /** Link text. */
  text: string;
}

/**
 * The head-to-head page of two selected configs when the site builds one (they share a CLI or a
 * model), else the comparison picker preset to them; null unless exactly two are selected.
 *
 * @param selected indexes into `data.configs`, in any order.
 * @example
 * pairLink(data, [3, 0]); // { href: '/sweeps/s/compare/aider/v/m1/vs/aider/v/m2/', text: 'Open the head-to-head page of these two' }
 */
export function pairLink(data: Pick<LeaderboardCompare, 'compareBase' | 'configs'>, selected: readonly number[]): PairLink | null {
  if (selected.length !== 2) return null;
  const [i, j] = [...selected].sort((x, y) => x - y) as [number, number];
  const a = data.configs[i];
  const b = data.configs[j];
  if (a === undefined || b === undefined || i === j) return null;
  if ((a.tui === b.tui) !== (a.model === b.model)) {
    return { href: `${data.compareBase}${a.segments}/vs/${b.segments}/`, text: 'Open the head-to-head page of these two' };
  }
  const query = new URLSearchParams({ a: a.key, b: b.key });
  return { href: `${data.compareBase}?${query.toString()}#any-pair`, text: 'Compare these two task by task' };
}
