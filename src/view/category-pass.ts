/**
 * Pass rate of each config within each task category, for the leaderboard's per-category
 * columns. Counted like the config's own pass rate: scored runs only (infra, incompatible and
 * harness runs are left out), with a Wilson 95% interval.
 */

import type { UnitIndex } from '../metrics/config-task-units.ts';
import { wilsonInterval, type Interval } from '../metrics/stats/index.ts';
import { compareStrings } from '../util/compare-strings.ts';

/** One config's result in one category. */
export interface CategoryPass {
  /** Scored runs that passed. */
  passes: number;
  /** Scored runs. */
  scored: number;
  /** passes / scored with its interval; null when no run in the category was scored. */
  passRate: Interval | null;
}

/** Per-category pass rates of every config. */
export interface CategoryPassTable {
  /** Every category of the sweep, sorted. */
  categories: string[];
  /** Config key → one entry per category, aligned on `categories`; null where the config ran no task of it. */
  byConfig: Map<string, Array<CategoryPass | null>>;
}

/**
 * Tallies scored runs and passes per config and category.
 *
 * @example
 * // x/v/m1 passes cat/a and cat/b and fails dog/c:
 * categoryPassTable(units).byConfig.get('x/v/m1'); // [{ passes: 2, scored: 2, … }, { passes: 0, scored: 1, … }]
 */
export function categoryPassTable(units: UnitIndex): CategoryPassTable {
  const counts = new Map<string, Map<string, { passes: number; scored: number }>>();
  const categories = new Set<string>();
  for (const [config, byTask] of units) {
    const mine = new Map<string, { passes: number; scored: number }>();
    for (const unit of byTask.values()) {
      categories.add(unit.category);
      const c = mine.get(unit.category) ?? { passes: 0, scored: 0 };
      c.passes += unit.passes;
      c.scored += unit.scored.length;
      mine.set(unit.category, c);
    }
    counts.set(config, mine);
  }
  const sorted = [...categories].sort(compareStrings);
  const byConfig = new Map<string, Array<CategoryPass | null>>();
  for (const [config, mine] of counts) {
    byConfig.set(config, sorted.map((category) => {
      const c = mine.get(category);
      return c === undefined ? null : { ...c, passRate: wilsonInterval(c.passes, c.scored) };
    }));
  }
  return { categories: sorted, byConfig };
}
