import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import { formatCount, formatDuration, formatPercent, formatRankBand, formatScore } from '../format/numbers.ts';
import { intervalText } from '../view/group-tiles.ts';
import { configBadgePath, configPath, modelPath, tuiPath } from '../urls/routes.ts';
import { intervalBar, type IntervalBar } from '../view/interval-bar.ts';
import { metricsOf } from './metrics.ts';

/** One leaderboard row, formatted, with raw sort keys for the sort island. */
export interface LeaderboardRowView {
  tui: string;
  model: string;
  href: string;
  tuiHref: string;
  modelHref: string;
  badge: string;
  rank: string;
  rankNote: string;
  tied: boolean;
  passRate: string;
  passInterval: string;
  passBar: IntervalBar | null;
  composite: string;
  compositeInterval: string;
  compositeBar: IntervalBar | null;
  tokensPerCorrect: string;
  wallMedian: string;
  wallP90: string;
  blast: string;
  refusal: string;
  integrity: string;
  infra: string;
  reruns: string;
  cells: number;
  /** Raw values by column id, for sorting. */
  sort: Record<string, number | string>;
}

const dash = '—';

function interval(i: { low: number; high: number } | null, asPercent: boolean): string {
  return i === null ? dash : intervalText(i, asPercent);
}

/** Formats one config aggregate as a leaderboard row. */
export function leaderboardRowView(sweepId: string, c: ConfigAggregate): LeaderboardRowView {
  const r = c.rank;
  return {
    tui: c.tui,
    model: c.model,
    href: configPath(sweepId, c.tui, c.model),
    tuiHref: tuiPath(sweepId, c.tui),
    modelHref: modelPath(sweepId, c.model),
    badge: configBadgePath(sweepId, c.tui, c.model),
    rank: r === null ? dash : formatRankBand(r),
    rankNote: r === null ? 'not ranked: every run was an infra failure' : r.tiedWithLeader && r.rank !== 1 ? 'tied with the leader' : r.rank === 1 ? 'leader' : '',
    tied: r?.tiedWithLeader ?? false,
    passRate: c.passRate === null ? dash : formatPercent(c.passRate.estimate),
    passInterval: interval(c.passRate, true),
    passBar: c.passRate === null ? null : intervalBar(c.passRate.estimate, c.passRate.low, c.passRate.high),
    composite: c.composite === null ? dash : formatScore(c.composite.estimate),
    compositeInterval: interval(c.composite, false),
    compositeBar: c.composite === null ? null : intervalBar(c.composite.estimate, c.composite.low, c.composite.high),
    tokensPerCorrect: c.tokensPerCorrect === null ? (c.tokensCells === 0 ? 'not recorded' : 'no pass') : `${formatCount(c.tokensPerCorrect)}`,
    wallMedian: formatDuration(c.wallMedianMs),
    wallP90: formatDuration(c.wallP90Ms),
    blast: c.blastMean === null ? dash : formatScore(c.blastMean),
    refusal: c.refusalAccuracy === null ? 'n/a' : formatPercent(c.refusalAccuracy),
    integrity: c.integrity === null ? 'n/a' : formatPercent(c.integrity),
    infra: String(c.infraFailures),
    reruns: c.reruns === null ? dash : `pass@${c.reruns.k} ${formatPercent(c.reruns.passAtK)} · pass^${c.reruns.k} ${formatPercent(c.reruns.passHatK)} · flaky ${formatPercent(c.reruns.flakeRate)}`,
    cells: c.cells,
    sort: {
      rank: r?.rank ?? 1e9,
      config: `${c.tui} ${c.model}`,
      pass: c.passRate?.estimate ?? -1,
      composite: c.composite?.estimate ?? -1,
      tokens: c.tokensPerCorrect ?? 1e15,
      wall: c.wallMedianMs ?? 1e15,
      blast: c.blastMean ?? 2,
      refusal: c.refusalAccuracy ?? -1,
      integrity: c.integrity ?? -1,
      infra: c.infraFailures,
    },
  };
}

/** The sweep's leaderboard rows, in rank order. */
export function buildLeaderboard(sweep: LoadedSweep): LeaderboardRowView[] {
  return metricsOf(sweep).configs.map((c) => leaderboardRowView(sweep.id, c));
}
