import type { LoadedSweep } from '../ingest/load-sweep.ts';
import { formatDuration, formatPercent, formatScore } from '../format/numbers.ts';
import { categoryPath, configPath, modelPath, socialCardPath, sweepPath, taskPath, tuiPath } from '../urls/routes.ts';
import { compareIndexPath, failuresPath } from '../urls/group-routes.ts';
import { buildHeatmap, type Heatmap } from './heatmap.ts';
import { buildFrontier, type FrontierView } from './frontier-data.ts';
import { sweepDiffPath } from './sweep-diff.ts';
import { citeSweepOf, type SweepCitation } from './cite-page.ts';
import { buildLeaderboard, type LeaderboardView } from './leaderboard.ts';
import { metricsOf } from '../data/metrics.ts';
import { siteOrigin } from '../data/site-config.ts';
import { summariseSweep, type SweepSummary } from './sweep-summary.ts';

/** A named link with a few formatted numbers, for lists of tuis, models, categories and tasks. */
export interface GroupLink {
  label: string;
  href: string;
  passRate: string;
  composite: string;
  cells: number;
}

/** Everything a sweep's leaderboard page shows. */
export interface SweepPage {
  summary: SweepSummary;
  description: string | undefined;
  canonical: string;
  /** Absolute URL of the sweep's social card. */
  ogImage: string;
  leaderboard: LeaderboardView;
  heatmap: Heatmap;
  /** Pass rate against tokens or time, one chart per x axis. */
  frontier: FrontierView;
  categories: GroupLink[];
  tuis: GroupLink[];
  models: GroupLink[];
  tasks: GroupLink[];
  downloads: Array<{ label: string; href: string }>;
  /** Head-to-head picker and failure-mode matrix of this sweep. */
  analyses: Array<{ label: string; href: string; description: string }>;
  headline: string;
  /** How to cite this sweep. */
  citation: SweepCitation;
}

/** Builds the sweep page's data: leaderboard, charts, breakdowns and downloads. */
export function buildSweepPage(sweep: LoadedSweep, previous?: LoadedSweep): SweepPage {
  const m = metricsOf(sweep);
  const summary = summariseSweep(sweep);
  const link = (label: string, href: string, g: { passRate: { estimate: number } | null; composite: { estimate: number } | null; cells: number }): GroupLink => ({
    label,
    href,
    passRate: formatPercent(g.passRate?.estimate ?? null),
    composite: formatScore(g.composite?.estimate ?? null),
    cells: g.cells,
  });
  const base = sweepPath(sweep.id);
  return {
    summary,
    description: sweep.manifest.description,
    canonical: `${siteOrigin()}${base}`,
    ogImage: `${siteOrigin()}${socialCardPath(base)}`,
    leaderboard: buildLeaderboard(sweep, { full: true }),
    heatmap: buildHeatmap(m.configs, (c) => configPath(sweep.id, c.tui, c.model)),
    frontier: buildFrontier(sweep),
    categories: [...m.byCategory.values()].map((g) => link(g.key, categoryPath(sweep.id, g.key), g)),
    tuis: [...m.byTui.values()].map((g) => link(g.key, tuiPath(sweep.id, g.key), g)),
    models: [...m.byModel.values()].map((g) => link(g.key, modelPath(sweep.id, g.key), g)),
    tasks: [...m.byTask.values()].map((g) => link(g.key, taskPath(sweep.id, g.key), g)),
    analyses: [
      { label: 'Head-to-head comparisons', href: compareIndexPath(sweep.id), description: 'every pair of configs that share a CLI or a model, task by task, with an exact McNemar test' },
      { label: 'Failure modes', href: failuresPath(sweep.id), description: 'why runs failed: timeouts, infra, test failures, refusals, no change, per config' },
      ...(previous === undefined ? [] : [{ label: `Changes since ${previous.manifest.title ?? previous.id}`, href: sweepDiffPath(sweep.id, previous.id), description: 'cells that flipped between pass and fail, rank bands that moved, configs and tasks added or removed' }]),
    ],
    downloads: [
      { label: 'leaderboard.csv', href: `${base}leaderboard.csv` },
      { label: 'leaderboard.json', href: `${base}leaderboard.json` },
      { label: 'cells.csv', href: `${base}cells.csv` },
      { label: 'cells.json', href: `${base}cells.json` },
    ],
    citation: citeSweepOf(sweep),
    headline: sweepHeadline(sweep),
  };
}

/** One sentence on who leads a sweep and how many configs the data cannot separate from it; the home page and feed use it too. */
export function sweepHeadline(sweep: LoadedSweep): string {
  const { configs } = metricsOf(sweep);
  const leader = configs.find((c) => c.rank !== null);
  if (leader === undefined) return 'No config in this sweep could be scored.';
  const tiedCount = configs.filter((c) => c.rank?.tiedWithLeader === true).length;
  const pass = formatPercent(leader.passRate?.estimate ?? null);
  const others = tiedCount - 1;
  const tied = others > 0 ? `; ${others} other config${others === 1 ? ' is' : 's are'} not clearly behind it (≈ leader)` : '';
  return `${leader.tui} × ${leader.model} leads with ${articleFor(pass)} ${pass} pass rate and a score of ${formatScore(leader.composite?.estimate ?? null)}${tied}. Median wall time ${formatDuration(leader.wallMedianMs)}.`;
}

/** `an` before a percentage read with a vowel sound (8%, 11%, 18%, 80–89%), else `a`. */
export function articleFor(percent: string): 'a' | 'an' {
  return /^(8\d?|11|18)%$/.test(percent) ? 'an' : 'a';
}
