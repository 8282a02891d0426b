import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import type { RankInfo } from '../metrics/rank.ts';
import { formatCount, formatDuration, formatPercent, formatRankBand, formatScore } from '../format/numbers.ts';
import { intervalText } from './group-tiles.ts';
import { categoryPassTable, type CategoryPass } from './category-pass.ts';
import type { LeaderboardCompare } from './compare-selection.ts';
import { configBadgePath, configPath, modelPath, tuiPath } from '../urls/routes.ts';
import { intervalBar, type IntervalBar } from './interval-bar.ts';
import { scriptJson } from './script-json.ts';
import { buildLeaderboardCompare } from './leaderboard-compare.ts';
import { metricsOf } from '../data/metrics.ts';

/** Where a config stands against the leader. */
export type Standing = 'leader' | 'tied' | 'behind' | 'unranked';

/** A pass rate in one category, formatted. */
export interface CategoryCell {
  /** The category, e.g. `mutations`. */
  name: string;
  passRate: string;
  interval: string;
}

/** One leaderboard row, formatted, with raw sort keys for the sort island. */
export interface LeaderboardRowView {
  /** Config key, `tui/model`. */
  key: string;
  tui: string;
  model: string;
  href: string;
  tuiHref: string;
  modelHref: string;
  badge: string;
  /** Point rank by score, e.g. `8`; `—` when not ranked. */
  rank: string;
  /** Plausible ranks (95%), e.g. `3–26`; '' when the band is the rank itself or there is none. */
  rankBand: string;
  standing: Standing;
  /** The rank cell in words, for screen readers and the comparison. */
  rankLabel: string;
  tied: boolean;
  passRate: string;
  passInterval: string;
  passBar: IntervalBar | null;
  score: string;
  scoreInterval: string;
  scoreBar: IntervalBar | null;
  tokensPerCorrect: string;
  /** False when `tokensPerCorrect` says why there is no number (`not recorded`, `no pass`). */
  tokensKnown: boolean;
  wallMedian: string;
  /** '' when no run recorded wall time. */
  wallP90: string;
  blast: string;
  refusal: string;
  integrity: string;
  infra: string;
  /** pass@k and pass^k (`80% / 40%`) over the flake rate (`flaky 20%`, `k=2 · flaky 20%` when k is not the heading's); null without reruns. */
  reruns: { main: string; detail: string } | null;
  /** Pass rate per category, aligned on the leaderboard's `categories`. */
  categories: CategoryCell[];
  cells: number;
  /** Raw values by column id, for sorting. */
  sort: Record<string, number | string>;
}

/** A sweep's leaderboard (or the top of it) and what its page needs around the rows. */
export interface LeaderboardView {
  rows: LeaderboardRowView[];
  /** Category names of the per-category columns; [] when they are not offered. */
  categories: string[];
  hasReruns: boolean;
  /** The reruns column's heading, e.g. `pass@3 / pass^3`. */
  rerunsHeading: string;
  /** Configs marked ≈ leader, the leader included. */
  tiedCount: number;
  /** A case from this sweep of a lower row ≈ leader while a higher one is not, in words; null when there is none. */
  tieExample: string | null;
  /** The side-by-side comparison's data; null where the table offers no comparison. */
  compare: LeaderboardCompare | null;
  /** `compare` as the text of a `<script type="application/json">`, escaped for it; '' without one. */
  compareJson: string;
}

const dash = '—';

function interval(i: { low: number; high: number } | null, asPercent: boolean): string {
  return i === null ? '' : intervalText(i, asPercent);
}

/** Where a config stands: the leader, ≈ leader, behind it, or not ranked. */
export function standingOf(r: RankInfo | null): Standing {
  return r === null ? 'unranked' : r.rank === 1 ? 'leader' : r.tiedWithLeader ? 'tied' : 'behind';
}

const STANDING_WORDS: Record<Standing, string> = {
  leader: 'the leader',
  tied: 'not clearly behind the leader (≈ leader)',
  behind: 'clearly behind the leader',
  unranked: 'not ranked',
};

/**
 * The rank cell in words.
 *
 * @example
 * rankLabel({ rank: 8, rankLow: 3, rankHigh: 26, tiedWithLeader: false, … }); // 'Rank 8, plausibly 3 to 26; clearly behind the leader'
 */
export function rankLabel(r: RankInfo | null): string {
  if (r === null) return 'Not ranked: no run could be scored';
  const band = r.rankLow === r.rankHigh ? '' : `, plausibly ${r.rankLow} to ${r.rankHigh}`;
  return `Rank ${r.rank}${band}; ${STANDING_WORDS[standingOf(r)]}`;
}

function rerunCell(c: ConfigAggregate, k: number | null): LeaderboardRowView['reruns'] {
  const r = c.reruns;
  if (r === null) return null;
  // The heading names k when every config shares it; a config with another k says its own.
  const own = k === r.k ? '' : `k=${r.k} · `;
  return { main: `${formatPercent(r.passAtK)} / ${formatPercent(r.passHatK)}`, detail: `${own}flaky ${formatPercent(r.flakeRate)}` };
}

function categoryCell(name: string, p: CategoryPass | null): CategoryCell {
  if (p === null || p.passRate === null) return { name, passRate: dash, interval: p === null ? 'not run' : 'not scored' };
  return { name, passRate: formatPercent(p.passRate.estimate), interval: intervalText(p.passRate, true) };
}

/**
 * Formats one config aggregate as a leaderboard row.
 *
 * @param categories the per-category columns: their names and this config's pass rates, aligned.
 * @param rerunsK the k every config shares, when they do.
 */
export function leaderboardRowView(sweepId: string, c: ConfigAggregate, categories: { names: readonly string[]; rates: ReadonlyArray<CategoryPass | null> } = { names: [], rates: [] }, rerunsK: number | null = null): LeaderboardRowView {
  const r = c.rank;
  return {
    key: c.key,
    tui: c.tui,
    model: c.model,
    href: configPath(sweepId, c.tui, c.model),
    tuiHref: tuiPath(sweepId, c.tui),
    modelHref: modelPath(sweepId, c.model),
    badge: configBadgePath(sweepId, c.tui, c.model),
    rank: r === null ? dash : String(r.rank),
    rankBand: r === null || r.rankLow === r.rankHigh ? '' : formatRankBand(r),
    standing: standingOf(r),
    rankLabel: rankLabel(r),
    tied: r?.tiedWithLeader ?? false,
    passRate: c.passRate === null ? dash : formatPercent(c.passRate.estimate),
    passInterval: interval(c.passRate, true),
    passBar: c.passRate === null ? null : intervalBar(c.passRate.estimate, c.passRate.low, c.passRate.high, 56),
    score: c.composite === null ? dash : formatScore(c.composite.estimate),
    scoreInterval: interval(c.composite, false),
    scoreBar: c.composite === null ? null : intervalBar(c.composite.estimate, c.composite.low, c.composite.high, 56),
    tokensPerCorrect: c.tokensPerCorrect === null ? (c.tokensCells === 0 ? 'not recorded' : 'no pass') : formatCount(c.tokensPerCorrect),
    tokensKnown: c.tokensPerCorrect !== null,
    wallMedian: c.wallMedianMs === null ? dash : formatDuration(c.wallMedianMs),
    wallP90: c.wallP90Ms === null ? '' : formatDuration(c.wallP90Ms),
    blast: c.blastMean === null ? dash : formatScore(c.blastMean),
    refusal: c.refusalAccuracy === null ? 'n/a' : formatPercent(c.refusalAccuracy),
    integrity: c.integrity === null ? 'n/a' : formatPercent(c.integrity),
    infra: String(c.infraFailures),
    reruns: rerunCell(c, rerunsK),
    categories: categories.names.map((name, i) => categoryCell(name, categories.rates[i] ?? null)),
    cells: c.cells,
    sort: {
      rank: r?.rank ?? 1e9,
      config: `${c.tui} ${c.model}`,
      pass: c.passRate?.estimate ?? -1,
      score: c.composite?.estimate ?? -1,
      tokens: c.tokensPerCorrect ?? 1e15,
      wall: c.wallMedianMs ?? 1e15,
      blast: c.blastMean ?? 2,
      refusal: c.refusalAccuracy ?? -1,
      integrity: c.integrity ?? -1,
      infra: c.infraFailures,
      reruns: c.reruns?.passAtK ?? -1,
      ...Object.fromEntries(categories.names.map((_, i) => [`cat${i}`, categories.rates[i]?.passRate?.estimate ?? -1])),
    },
  };
}

/**
 * The first config ranked ≈ leader below one that is not, told as a reader can check it:
 * how far each trails the leader task by task, and whether that margin reaches zero.
 *
 * @example
 * tieExample(configs); // 'In this sweep opencode × v/m (rank 10) is ≈ leader and copilot × v/n (rank 8) is not: …'
 */
export function tieExample(configs: readonly ConfigAggregate[]): string | null {
  const ranked = configs.filter((c) => c.rank !== null);
  for (const [i, lower] of ranked.entries()) {
    if (lower.rank?.tiedWithLeader !== true) continue;
    const higher = ranked.slice(0, i).find((c) => c.rank?.tiedWithLeader === false);
    const lg = lower.rank.gapToLeader;
    const hg = higher?.rank?.gapToLeader;
    if (higher === undefined || lg == null || hg == null) continue;
    const range = (g: { low: number; high: number }): string => `${formatScore(g.low)} to ${formatScore(g.high)}`;
    return `In this sweep ${lower.tui} × ${lower.model} (rank ${lower.rank.rank}) is ≈ leader and ${higher.tui} × ${higher.model} (rank ${higher.rank?.rank}) is not: on the tasks each shares with the leader, the first trails it by ${formatScore(lg.estimate)} on average but its 95% interval (${range(lg)}) includes zero; the second trails by ${formatScore(hg.estimate)} and its interval (${range(hg)}) does not.`;
  }
  return null;
}

/** What a leaderboard table offers around its rows. */
export interface LeaderboardOptions {
  /** Show only the first rows (the home page's top 10). */
  limit?: number;
  /** Offer per-category columns, the category filter and the side-by-side comparison. */
  full?: boolean;
}

/** The sweep's leaderboard rows, in rank order, with what the table needs around them. */
export function buildLeaderboard(sweep: LoadedSweep, options: LeaderboardOptions = {}): LeaderboardView {
  const m = metricsOf(sweep);
  const configs = m.configs.slice(0, options.limit ?? m.configs.length);
  const full = options.full === true;
  const table = full ? categoryPassTable(m.units) : { categories: [], byConfig: new Map<string, Array<CategoryPass | null>>() };
  const ks = new Set(configs.flatMap((c) => (c.reruns === null ? [] : [c.reruns.k])));
  const k = ks.size === 1 ? ([...ks][0] as number) : null;
  const rows = configs.map((c) => leaderboardRowView(sweep.id, c, { names: table.categories, rates: table.byConfig.get(c.key) ?? [] }, k));
  const compare = full ? buildLeaderboardCompare(sweep, rows, table) : null;
  return {
    rows,
    categories: table.categories,
    hasReruns: configs.some((c) => c.reruns !== null),
    rerunsHeading: k === null ? 'pass@k / pass^k' : `pass@${k} / pass^${k}`,
    tiedCount: m.configs.filter((c) => c.rank?.tiedWithLeader === true).length,
    tieExample: tieExample(m.configs),
    compare,
    compareJson: compare === null ? '' : scriptJson(compare),
  };
}
