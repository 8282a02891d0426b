import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import { formatCount, formatDuration, formatPercent, formatScore } from '../format/numbers.ts';
import { compareIndexPath } from '../urls/group-routes.ts';
import { configSegments } from '../urls/routes.ts';
import type { CategoryPassTable } from './category-pass.ts';
import type { CompareMetric, CompareValue, LeaderboardCompare } from './compare-selection.ts';
import { totalTokens } from './frontier-data.ts';
import type { LeaderboardRowView } from './leaderboard.ts';
import { metricsOf } from '../data/metrics.ts';

type Cell = (c: ConfigAggregate, row: LeaderboardRowView) => CompareValue;

const none = (text = 'n/a'): CompareValue => ({ text, note: '', value: null });
const num = (value: number | null, text: (v: number) => string, note = ''): CompareValue => (value === null ? none() : { text: text(value), note, value });

/**
 * The comparison's rows: label, which way is better, and how to fill a config's cell. Rank is
 * the only row whose best is the smallest number besides the costs.
 */
function metricRows(hasReruns: boolean, categories: CategoryPassTable, totals: ReadonlyMap<string, number | null>): Array<CompareMetric & { cell: Cell }> {
  const rows: Array<CompareMetric & { cell: Cell }> = [
    { label: 'Rank', better: 'low', cell: (c, r) => (c.rank === null ? none('not ranked') : { text: r.rank, note: r.rankBand === '' ? '' : `plausibly ${r.rankBand}`, value: c.rank.rank }) },
    { label: 'Against the leader', better: null, cell: (c, r) => ({ text: r.standing === 'tied' ? '≈ leader' : r.standing === 'behind' ? 'behind' : r.standing === 'leader' ? 'leader' : 'not ranked', note: gapNote(c), value: null }) },
    { label: 'Pass rate', better: 'high', cell: (c, r) => num(c.passRate?.estimate ?? null, formatPercent, r.passInterval) },
    { label: 'Score', better: 'high', cell: (c, r) => num(c.composite?.estimate ?? null, formatScore, r.scoreInterval) },
    { label: 'Tokens per correct task', better: 'low', cell: (c, r) => (c.tokensPerCorrect === null ? none(r.tokensPerCorrect) : num(c.tokensPerCorrect, formatCount)) },
    { label: 'Total tokens', better: 'low', cell: (c) => (totals.get(c.key) == null ? none('not recorded') : num(totals.get(c.key) ?? null, formatCount)) },
    { label: 'Wall time, median', better: 'low', cell: (c) => num(c.wallMedianMs, formatDuration) },
    { label: 'Wall time, 90th percentile', better: 'low', cell: (c) => num(c.wallP90Ms, formatDuration) },
    { label: 'Blast radius', better: 'low', cell: (c) => num(c.blastMean, formatScore) },
    { label: 'Refusal accuracy', better: 'high', cell: (c) => num(c.refusalAccuracy, formatPercent) },
    { label: 'Integrity', better: 'high', cell: (c) => num(c.integrity, formatPercent) },
    { label: 'Runs not scored (infra)', better: 'low', cell: (c) => num(c.infraFailures, String) },
  ];
  if (hasReruns) {
    rows.push(
      { label: 'pass@k (any of k runs passes)', better: 'high', cell: (c) => num(c.reruns?.passAtK ?? null, formatPercent, c.reruns === null ? '' : `k = ${c.reruns.k}`) },
      { label: 'pass^k (all k runs pass)', better: 'high', cell: (c) => num(c.reruns?.passHatK ?? null, formatPercent, c.reruns === null ? '' : `k = ${c.reruns.k}`) },
      { label: 'Flaky tasks', better: 'low', cell: (c) => num(c.reruns?.flakeRate ?? null, formatPercent) },
    );
  }
  categories.categories.forEach((name, i) => {
    rows.push({ label: `Pass rate: ${name}`, better: 'high', cell: (c, r) => num(categories.byConfig.get(c.key)?.[i]?.passRate?.estimate ?? null, formatPercent, r.categories[i]?.interval ?? '') });
  });
  rows.push({ label: 'Runs', better: null, cell: (c) => ({ text: formatCount(c.cells), note: '', value: c.cells }) });
  return rows;
}

/** The paired gap to the leader, e.g. `trails by 0.131 (0.020 to 0.261)`. */
function gapNote(c: ConfigAggregate): string {
  const g = c.rank?.gapToLeader;
  if (c.rank === null || c.rank.rank === 1 || g == null) return '';
  return `trails by ${formatScore(g.estimate)} (${formatScore(g.low)} to ${formatScore(g.high)})`;
}

/**
 * The data of the leaderboard's side-by-side comparison, for the rows shown.
 *
 * @example
 * buildLeaderboardCompare(sweep, rows, categoryPassTable(units)).metrics.map((m) => m.label)[0]; // 'Rank'
 */
export function buildLeaderboardCompare(sweep: LoadedSweep, rows: readonly LeaderboardRowView[], categories: CategoryPassTable): LeaderboardCompare {
  const m = metricsOf(sweep);
  const totals = new Map(rows.map((r) => [r.key, totalTokens(m.units.get(r.key)?.values() ?? [])]));
  const metrics = metricRows(rows.some((r) => r.reruns !== null), categories, totals);
  return {
    compareBase: compareIndexPath(sweep.id),
    metrics: metrics.map(({ label, better }) => ({ label, better })),
    configs: rows.flatMap((row) => {
      const c = m.configByKey.get(row.key);
      if (c === undefined) return [];
      return [{ key: c.key, tui: c.tui, model: c.model, name: `${c.tui} × ${c.model}`, href: row.href, segments: configSegments(c.tui, c.model), values: metrics.map((metric) => metric.cell(c, row)) }];
    }),
  };
}
