import { intervalHalfWidth } from '../badges/badge-model.ts';
import { configHistoryPath } from './config-history.ts';
import { socialCardPath } from '../urls/routes.ts';
import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import type { ConfigTaskUnit } from '../metrics/config-task-units.ts';
import { categoryOf } from '../metrics/sweep-input.ts';
import { formatPercent, formatRankBand, formatScore } from '../format/numbers.ts';
import { categoryPath, configBadgePath, configPath, modelPath, taskPath, tuiPath } from '../urls/routes.ts';
import { slugSegment } from '../urls/slug.ts';
import { compareIndexPath, comparePath, failuresPath } from '../urls/group-routes.ts';
import { buildGroupTiles, intervalText, rankTile, type StatTile } from './group-tiles.ts';
import { plural } from '../format/numbers.ts';
import { markLegend, runSquares, type CellSquare, type MarkStyle } from './outcome-marks.ts';
import { SITE_NAME } from '../data/site-config.ts';
import { buildCrumbs, buildFailureModes, canonicalOf, describeUnit, runSuffix, type Crumb, type FailureModeView } from './group-common.ts';
import { metricsOf } from '../data/metrics.ts';

/** One task in a config's outcome grid. */
export interface TaskOutcomes {
  task: string;
  /** The task's name within its category, e.g. `rust-error-negated`. */
  name: string;
  href: string;
  /** One square per run; empty when the config did not run the task. */
  squares: CellSquare[];
  /** E.g. `2 of 3 runs passed · score 0.553`, or `not run`. */
  summary: string;
}

/** The tasks of one category in a config's outcome grid. */
export interface CategoryOutcomes {
  category: string;
  /** Id of the category's heading on the page. */
  anchor: string;
  href: string;
  /** E.g. `6 tasks`. */
  count: string;
  tasks: TaskOutcomes[];
}

/** A link to a head-to-head page, named after the other config. */
export interface PairLink {
  label: string;
  href: string;
}

/** Everything a config page shows. */
export interface ConfigPage {
  title: string;
  description: string;
  canonical: string;
  /** Absolute URL of the config's social card. */
  ogImage: string;
  crumbs: Crumb[];
  tui: string;
  model: string;
  tuiHref: string;
  modelHref: string;
  headline: string;
  tiles: StatTile[];
  legend: MarkStyle[];
  /** Whether some task of the sweep has no run by this config. */
  hasNotRun: boolean;
  categories: CategoryOutcomes[];
  failureModes: FailureModeView[];
  failuresHref: string;
  badge: { src: string; alt: string; markdown: string };
  /** The config's page across every sweep. */
  historyHref: string;
  /** Head-to-heads with configs of the same tui (other models) and of the same model (other tuis). */
  sameTui: PairLink[];
  sameModel: PairLink[];
  compareIndexHref: string;
}

/** A one-sentence summary of a config's standing. */
export function configHeadline(c: ConfigAggregate, ranked: number): string {
  const who = `${c.tui} × ${c.model}`;
  if (c.passRate === null) return `${who} has no scored run in this sweep: ${c.cells === 1 ? 'its only run was' : `all ${c.cells} of its runs were`} an infra, incompatible or harness failure.`;
  const pass = `${who} passed ${c.passes} of ${plural(c.scoredCells, 'scored run')} (${formatPercent(c.passRate.estimate)}, 95% interval ${intervalText(c.passRate, true)})`;
  const composite = c.composite === null ? '' : ` with a score of ${formatScore(c.composite.estimate)}`;
  const r = c.rank;
  if (r === null) return `${pass}${composite}.`;
  const band = r.rankLow === r.rankHigh ? `` : ` (band ${formatRankBand(r)})`;
  const standing = r.rank === 1 ? 'it leads the sweep' : r.tiedWithLeader ? 'it is statistically tied with the leader' : 'it is clearly behind the leader';
  return `${pass}${composite}. Rank ${r.rank} of ${ranked}${band}: ${standing}.`;
}

/**
 * Builds a config page: aggregates, the outcome of every task of the sweep
 * (one square per run), failure modes and links to its head-to-heads.
 *
 * @param key the config key `tui/model`.
 */
export function buildConfigPage(sweep: LoadedSweep, key: string): ConfigPage {
  const m = metricsOf(sweep);
  const c = m.configByKey.get(key);
  if (c === undefined) throw new Error(`config ${key} is not in sweep ${sweep.id}`);
  const path = configPath(sweep.id, c.tui, c.model);
  const units = m.units.get(key) ?? new Map<string, ConfigTaskUnit>();
  const byCategory = new Map<string, TaskOutcomes[]>();
  let hasNotRun = false;
  const kinds = new Set<CellSquare['kind']>();
  for (const task of m.taskOrder) {
    const unit = units.get(task);
    const squares = unit === undefined ? [] : runSquares(sweep.id, unit.runs, task);
    for (const s of squares) kinds.add(s.kind);
    if (unit === undefined) hasNotRun = true;
    const list = byCategory.get(categoryOf(task)) ?? [];
    list.push({ task, name: task.slice(categoryOf(task).length + 1), href: taskPath(sweep.id, task), squares, summary: unit === undefined ? 'not run' : describeUnit(unit) });
    byCategory.set(categoryOf(task), list);
  }
  const ranked = m.configs.filter((x) => x.rank !== null).length;
  const other = (otherKey: string): string => {
    const o = m.configByKey.get(otherKey);
    return o === undefined ? otherKey : `${o.tui} × ${o.model}`;
  };
  const pairs = m.comparablePairs().filter((p) => p.a === key || p.b === key);
  const pairLink = (p: { a: string; b: string }): PairLink => {
    const a = m.configByKey.get(p.a) as ConfigAggregate;
    const b = m.configByKey.get(p.b) as ConfigAggregate;
    return { label: `vs ${other(p.a === key ? p.b : p.a)}`, href: comparePath(sweep.id, a.tui, a.model, b.tui, b.model) };
  };
  const badgeSrc = configBadgePath(sweep.id, c.tui, c.model);
  // The alt text says what the badge draws, a pass rate, so a reader cannot take it for a run's result.
  const half = c.passRate === null ? undefined : intervalHalfWidth(c.passRate.estimate, c.passRate);
  const rate = c.passRate === null ? 'not scored' : `pass rate ${formatPercent(c.passRate.estimate)}${half === undefined ? '' : ` ±${half}`}`;
  const alt = `${SITE_NAME}: ${c.tui} × ${c.model} in ${sweep.id}, ${rate}`;
  const headline = configHeadline(c, ranked);
  return {
    title: `${c.tui} × ${c.model}`,
    description: headline,
    canonical: canonicalOf(path),
    ogImage: canonicalOf(socialCardPath(path)),
    crumbs: buildCrumbs(sweep, [{ label: `${c.tui} × ${c.model}`, href: null }]),
    tui: c.tui,
    model: c.model,
    tuiHref: tuiPath(sweep.id, c.tui),
    modelHref: modelPath(sweep.id, c.model),
    headline,
    tiles: [rankTile(c.rank, ranked), ...buildGroupTiles(c)],
    legend: markLegend(kinds),
    hasNotRun,
    categories: [...byCategory].map(([category, tasks]) => ({ category, anchor: `category-${slugSegment(category)}`, href: categoryPath(sweep.id, category), count: plural(tasks.length, 'task'), tasks })),
    failureModes: buildFailureModes(sweep.id, c.failureModes, m.cellScores, (s) => `${s.task}${runSuffix(s)}`),
    failuresHref: failuresPath(sweep.id),
    historyHref: configHistoryPath(c.tui, c.model),
    badge: { src: badgeSrc, alt, markdown: `[![${alt}](${canonicalOf(badgeSrc)})](${canonicalOf(path)})` },
    sameTui: pairs.filter((p) => p.shares === 'tui').map(pairLink),
    sameModel: pairs.filter((p) => p.shares === 'model').map(pairLink),
    compareIndexHref: compareIndexPath(sweep.id),
  };
}
