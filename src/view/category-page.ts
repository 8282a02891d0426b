import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { GroupAggregate } from '../metrics/aggregate.ts';
import { compareStrings } from '../util/compare-strings.ts';
import { formatPercent } from '../format/numbers.ts';
import { categoryPath, configPath, modelPath, taskPath, tuiPath } from '../urls/routes.ts';
import { failuresPath } from '../urls/group-routes.ts';
import { buildGroupTiles, intervalText, type StatTile } from './group-tiles.ts';
import { plural } from '../format/numbers.ts';
import { intervalBar, type IntervalBar } from './interval-bar.ts';
import { buildCrumbs, buildFailureModes, canonicalOf, runSuffix, scoreText, type Crumb, type FailureModeView } from './group-common.ts';
import { aggregateWithin, selectUnits } from '../metrics/group-breakdown.ts';
import { metricsOf } from '../data/metrics.ts';

/** One config's results on a category's tasks. */
export interface CategoryConfigRow {
  tui: string;
  model: string;
  href: string;
  tuiHref: string;
  modelHref: string;
  passRate: string;
  passInterval: string;
  passBar: IntervalBar | null;
  composite: string;
  compositeInterval: string;
  compositeBar: IntervalBar | null;
  /** E.g. `5 of 6` scored tasks passed. */
  passes: string;
  infra: string;
}

/** One task of a category, over every config. */
export interface CategoryTaskRow {
  task: string;
  /** The catalogue title, or `—`. */
  title: string;
  href: string;
  passRate: string;
  composite: string;
  /** E.g. `35 runs`. */
  runs: string;
}

/** Everything a category page shows. */
export interface CategoryPage {
  title: string;
  description: string;
  canonical: string;
  crumbs: Crumb[];
  category: string;
  headline: string;
  tiles: StatTile[];
  rows: CategoryConfigRow[];
  tasks: CategoryTaskRow[];
  failureModes: FailureModeView[];
  failuresHref: string;
}

const dash = '—';

/** One config's row on a category page, from its aggregate over that category's units. */
export function categoryConfigRow(sweepId: string, tui: string, model: string, a: GroupAggregate): CategoryConfigRow {
  return {
    tui,
    model,
    href: configPath(sweepId, tui, model),
    tuiHref: tuiPath(sweepId, tui),
    modelHref: modelPath(sweepId, model),
    passRate: a.passRate === null ? dash : formatPercent(a.passRate.estimate),
    passInterval: a.passRate === null ? dash : intervalText(a.passRate, true),
    passBar: a.passRate === null ? null : intervalBar(a.passRate.estimate, a.passRate.low, a.passRate.high),
    composite: scoreText(a.composite?.estimate),
    compositeInterval: a.composite === null ? dash : intervalText(a.composite, false),
    compositeBar: a.composite === null ? null : intervalBar(a.composite.estimate, a.composite.low, a.composite.high),
    passes: `${a.passes} of ${a.scoredCells}`,
    infra: String(a.infraFailures),
  };
}

/** Best score first; configs with nothing scored last; then by key. */
function byComposite(a: [string, GroupAggregate], b: [string, GroupAggregate]): number {
  const x = a[1].composite?.estimate ?? -1;
  const y = b[1].composite?.estimate ?? -1;
  return y - x || compareStrings(a[0], b[0]);
}

/** One sentence on a category: its tasks, the configs that ran them and their pass rate. */
export function categoryHeadline(sweep: LoadedSweep, category: string): string {
  const g = metricsOf(sweep).byCategory.get(category);
  if (g === undefined) throw new Error(`category ${category} is not in sweep ${sweep.id}`);
  const pass = g.passRate === null ? 'no run could be scored' : `a ${formatPercent(g.passRate.estimate)} pass rate (95% interval ${intervalText(g.passRate, true)})`;
  return `${plural(g.tasks, 'task')} in ${category}, run by ${plural(g.configs, 'config')}: ${pass}.`;
}

/**
 * Builds a category page: the category's aggregates, every config's pass
 * rate and composite on the category's tasks, and the list of its tasks.
 */
export function buildCategoryPage(sweep: LoadedSweep, category: string): CategoryPage {
  const m = metricsOf(sweep);
  const g = m.byCategory.get(category);
  if (g === undefined) throw new Error(`category ${category} is not in sweep ${sweep.id}`);
  const path = categoryPath(sweep.id, category);
  const units = selectUnits(m.units, (u) => u.category === category);
  const byConfig = aggregateWithin(sweep.id, 'config', `category:${category}`, units, (u) => u.configKey);
  const rows = [...byConfig].sort(byComposite).flatMap(([key, a]) => {
    const c = m.configByKey.get(key);
    return c === undefined ? [] : [categoryConfigRow(sweep.id, c.tui, c.model, a)];
  });
  const tasks = [...m.byTask.values()].filter((t) => units.some((u) => u.task === t.key));
  const headline = categoryHeadline(sweep, category);
  return {
    title: `${category} tasks in ${sweep.id}`,
    description: headline,
    canonical: canonicalOf(path),
    crumbs: buildCrumbs(sweep, [{ label: category, href: null }]),
    category,
    headline,
    tiles: buildGroupTiles(g),
    rows,
    tasks: tasks.map((t) => ({
      task: t.key,
      title: sweep.manifest.tasks?.[t.key]?.title ?? '—',
      href: taskPath(sweep.id, t.key),
      passRate: formatPercent(t.passRate?.estimate ?? null),
      composite: scoreText(t.composite?.estimate),
      runs: plural(t.cells, 'run'),
    })),
    failureModes: buildFailureModes(sweep.id, g.failureModes, m.cellScores, (s) => `${s.tui} × ${s.model} on ${s.task}${runSuffix(s)}`),
    failuresHref: failuresPath(sweep.id),
  };
}
