/**
 * Tui and model pages: one side of the CLI × model grid. A tui page lists
 * that CLI's configs (one row per model); a model page lists that model's
 * configs (one row per tui).
 */

import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { GroupAggregate } from '../metrics/aggregate.ts';
import type { ConfigTaskUnit } from '../metrics/config-task-units.ts';
import { formatPercent, formatScore } from '../format/numbers.ts';
import { categoryPath, modelPath, tuiPath } from '../urls/routes.ts';
import { compareIndexPath, comparePath, failuresPath } from '../urls/group-routes.ts';
import { catalogueFacts, type CatalogueFact } from './catalogue-facts.ts';
import { buildGroupTiles, intervalText, type StatTile } from './group-tiles.ts';
import { plural } from '../format/numbers.ts';
import { sectionPairs, type PairRow } from './compare-index.ts';
import { buildCrumbs, buildFailureModes, canonicalOf, runSuffix, scoreText, type Crumb, type FailureModeView } from './group-common.ts';
import { aggregateWithin, selectUnits } from '../metrics/group-breakdown.ts';
import { leaderboardRowView, type LeaderboardRowView } from './leaderboard.ts';
import { metricsOf } from '../data/metrics.ts';
import type { GroupLink } from './sweep-page.ts';

/** Everything a tui or model page shows. */
export interface FacetPage {
  kind: 'tui' | 'model';
  title: string;
  description: string;
  canonical: string;
  crumbs: Crumb[];
  /** `CLI` or `Model`. */
  eyebrow: string;
  name: string;
  headline: string;
  /** The manifest's catalogue entry: its description and other fields. */
  catalogue: { description: string | null; facts: CatalogueFact[] };
  tiles: StatTile[];
  /** Heading of the config table, e.g. `Models with aider`. */
  rowsTitle: string;
  rows: LeaderboardRowView[];
  hasReruns: boolean;
  categories: GroupLink[];
  failureModes: FailureModeView[];
  failuresHref: string;
  /** Head-to-heads within this tui (or model), by their first config. */
  pairs: PairRow[];
  /** What the pairs have in common, e.g. `Pairs of configs that differ only in the model`. */
  pairsNote: string;
  pairsEmpty: string;
  compareIndexHref: string;
}

function groupLink(label: string, href: string, g: GroupAggregate): GroupLink {
  return { label, href, passRate: formatPercent(g.passRate?.estimate ?? null), composite: scoreText(g.composite?.estimate), cells: g.cells };
}

/** A one-sentence summary of a tui's or model's results. */
export function facetHeadline(name: string, g: GroupAggregate, other: string): string {
  const spread = `${name} ran with ${plural(g.configs, other)} on ${plural(g.tasks, 'task')}`;
  if (g.passRate === null) return `${spread}; no run could be scored.`;
  const composite = g.composite === null ? '' : ` and a score of ${formatScore(g.composite.estimate)}`;
  return `${spread}: a ${formatPercent(g.passRate.estimate)} pass rate (95% interval ${intervalText(g.passRate, true)})${composite}.`;
}

function buildFacetPage(sweep: LoadedSweep, kind: 'tui' | 'model', name: string): FacetPage {
  const m = metricsOf(sweep);
  const g = (kind === 'tui' ? m.byTui : m.byModel).get(name);
  if (g === undefined) throw new Error(`${kind} ${name} is not in sweep ${sweep.id}`);
  const path = kind === 'tui' ? tuiPath(sweep.id, name) : modelPath(sweep.id, name);
  const mine = (c: { tui: string; model: string }): boolean => (kind === 'tui' ? c.tui === name : c.model === name);
  const configs = m.configs.filter(mine);
  const units = selectUnits(m.units, mine);
  const scope = `${kind}:${name}`;
  const byCategory = aggregateWithin(sweep.id, 'category', scope, units, (u: ConfigTaskUnit) => u.category);
  const entry = kind === 'tui' ? sweep.manifest.tuis?.[name] : sweep.manifest.models?.[name];
  const description = typeof entry?.description === 'string' ? entry.description : null;
  const pairs = m.comparablePairs().filter((p) => p.shares === kind && mine(m.configByKey.get(p.a) ?? { tui: '', model: '' }));
  const other = kind === 'tui' ? 'model' : 'CLI';
  // Inside a tui's page configs differ by model, inside a model's page by tui.
  const sideOf = (c: { tui: string; model: string } | undefined): string => (c === undefined ? '' : kind === 'tui' ? c.model : c.tui);
  const headline = facetHeadline(name, g, other);
  return {
    kind,
    title: `${name}${kind === 'tui' ? ' (CLI)' : ''} in ${sweep.id}`,
    description: headline,
    canonical: canonicalOf(path),
    crumbs: buildCrumbs(sweep, [{ label: name, href: null }]),
    eyebrow: kind === 'tui' ? 'CLI' : 'Model',
    name,
    headline,
    catalogue: { description, facts: catalogueFacts(entry, ['description']) },
    tiles: buildGroupTiles(g),
    rowsTitle: kind === 'tui' ? `Models with ${name}` : `CLIs with ${name}`,
    rows: configs.map((c) => leaderboardRowView(sweep.id, c)),
    hasReruns: configs.some((c) => c.reruns !== null),
    categories: [...byCategory].map(([category, a]) => groupLink(category, categoryPath(sweep.id, category), a)),
    failureModes: buildFailureModes(sweep.id, g.failureModes, m.cellScores, (s) => `${kind === 'tui' ? s.model : s.tui} on ${s.task}${runSuffix(s)}`),
    failuresHref: failuresPath(sweep.id),
    pairs: sectionPairs(pairs, kind, () => ({ name, href: path }), (k) => sideOf(m.configByKey.get(k)), (p) => {
      const a = m.configByKey.get(p.a);
      const b = m.configByKey.get(p.b);
      return a === undefined || b === undefined ? path : comparePath(sweep.id, a.tui, a.model, b.tui, b.model);
    })[0]?.rows ?? [],
    pairsNote: `Pairs of configs that differ only in the ${kind === 'tui' ? 'model' : 'CLI'}`,
    pairsEmpty: `No other config shares ${name} in this sweep.`,
    compareIndexHref: compareIndexPath(sweep.id),
  };
}

/** Builds a tui page: its aggregates, one row per model, per-category results and failure modes. */
export function buildTuiPage(sweep: LoadedSweep, tui: string): FacetPage {
  return buildFacetPage(sweep, 'tui', tui);
}

/** Builds a model page: its aggregates, one row per tui, per-category results and failure modes. */
export function buildModelPage(sweep: LoadedSweep, model: string): FacetPage {
  return buildFacetPage(sweep, 'model', model);
}
