import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import type { ConfigTaskUnit } from '../metrics/config-task-units.ts';
import { formatPercent } from '../format/numbers.ts';
import { configPath } from '../urls/routes.ts';
import { layoutFrontier, valueText, type FrontierAxis, type FrontierChart, type FrontierInput } from './frontier.ts';
import { metricsOf } from '../data/metrics.ts';

/** The x axes the reader can choose between. The data has no prices, so cost is tokens (or time). */
export const FRONTIER_AXES: readonly FrontierAxis[] = [
  { id: 'tokens-per-correct', label: 'Tokens per correct task', kind: 'count' },
  { id: 'total-tokens', label: 'Total tokens', kind: 'count' },
  { id: 'wall-p50', label: 'Wall time, median', kind: 'duration' },
];

/** One config in the chart's key: its number, name and its value on every axis. */
export interface FrontierKeyRow {
  n: number;
  name: string;
  href: string;
  passRate: string;
  /** Aligned on `FRONTIER_AXES`: the value, or why there is none. */
  values: string[];
  /** Aligned on `FRONTIER_AXES`: on that axis's frontier. */
  frontier: boolean[];
}

/** The frontier section: one chart per axis and the key shared by all of them. */
export interface FrontierView {
  /** The x axes, in the order of `charts` and of each key row's values. */
  axes: readonly FrontierAxis[];
  charts: FrontierChart[];
  key: FrontierKeyRow[];
}

/**
 * Σ total_tokens over a config's scored runs that recorded them; null when none did. Excluded
 * runs are left out, as they are from every other number of the config.
 */
export function totalTokens(units: Iterable<ConfigTaskUnit>): number | null {
  let sum = 0;
  let recorded = 0;
  for (const unit of units) {
    for (const run of unit.scored) {
      if (run.readings.totalTokens === null) continue;
      sum += run.readings.totalTokens;
      recorded++;
    }
  }
  return recorded === 0 ? null : sum;
}

/** Why a config has no tokens per correct task: none recorded, or recorded but nothing passed. */
function tokensMissing(c: ConfigAggregate): string {
  return c.tokensCells === 0 ? 'no token counts' : 'no passing run with token counts';
}

/** Each config's value on each axis, in leaderboard order, numbered by leaderboard place. */
function axisInputs(sweepId: string, configs: readonly ConfigAggregate[], totals: ReadonlyMap<string, number | null>): FrontierInput[][] {
  const base = configs.map((c, i) => ({ n: i + 1, name: `${c.tui} × ${c.model}`, href: configPath(sweepId, c.tui, c.model), passRate: c.passRate?.estimate ?? null }));
  return [
    configs.map((c, i) => ({ ...(base[i] as FrontierInput), x: c.tokensPerCorrect, missing: tokensMissing(c) })),
    configs.map((c, i) => ({ ...(base[i] as FrontierInput), x: totals.get(c.key) ?? null, missing: 'no token counts' })),
    configs.map((c, i) => ({ ...(base[i] as FrontierInput), x: c.wallMedianMs, missing: 'no wall time recorded' })),
  ];
}

/**
 * Lays out the sweep's cost frontier on every axis, with its key.
 *
 * @example
 * buildFrontier(sweep).charts.map((c) => c.axis.id); // ['tokens-per-correct', 'total-tokens', 'wall-p50']
 */
export function buildFrontier(sweep: LoadedSweep): FrontierView {
  const m = metricsOf(sweep);
  const totals = new Map(m.configs.map((c) => [c.key, totalTokens(m.units.get(c.key)?.values() ?? [])]));
  const inputs = axisInputs(sweep.id, m.configs, totals);
  const charts = FRONTIER_AXES.map((axis, i) => layoutFrontier(axis, inputs[i] ?? []));
  const frontierSets = charts.map((chart) => new Set(chart.points.filter((p) => p.frontier).map((p) => p.n)));
  const key = m.configs.map((c, i): FrontierKeyRow => ({
    n: i + 1,
    name: `${c.tui} × ${c.model}`,
    href: configPath(sweep.id, c.tui, c.model),
    passRate: formatPercent(c.passRate?.estimate ?? null),
    values: FRONTIER_AXES.map((axis, a) => {
      const input = inputs[a]?.[i];
      return input?.x === null || input === undefined ? (input?.missing ?? '') : valueText(input.x, axis.kind);
    }),
    frontier: frontierSets.map((set) => set.has(i + 1)),
  }));
  return { axes: FRONTIER_AXES, charts, key };
}
