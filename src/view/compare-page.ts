import type { LoadedSweep } from '../ingest/load-sweep.ts';
import type { ConfigAggregate } from '../metrics/aggregate.ts';
import type { ConfigComparison, PairOutcome, SideBySide } from '../metrics/compare.ts';
import { formatCount, formatDuration, formatPercent, formatScore } from '../format/numbers.ts';
import { configPath, modelPath, taskPath, tuiPath } from '../urls/routes.ts';
import { compareIndexPath, comparePath } from '../urls/group-routes.ts';
import { compareVerdict, formatP, formatSigned, type Verdict } from './compare-verdict.ts';
import { plural } from '../format/numbers.ts';
import { markLegend, runSquares, type CellSquare, type MarkStyle } from './outcome-marks.ts';
import { buildCrumbs, canonicalOf, type Crumb } from './group-common.ts';
import { metricsOf } from '../data/metrics.ts';
import { titleOf, type PageHead } from '../plan/page-plan.ts';
import { mean } from '../metrics/stats/quantile.ts';

/** One side of a head-to-head. */
export interface PairSide {
  /** `A` or `B`. */
  letter: string;
  name: string;
  href: string;
}

/** One shared task, both sides' runs. */
export interface PairTaskRow {
  task: string;
  href: string;
  a: CellSquare[];
  b: CellSquare[];
  aComposite: string;
  bComposite: string;
  /** `A`, `B` or `tie`: the higher per-task score. */
  higher: string;
}

/** Shared tasks with one pass outcome, e.g. every task only A passed. */
export interface PairGroup {
  outcome: PairOutcome;
  /** E.g. `Only A passed (3)`. */
  title: string;
  rows: PairTaskRow[];
}

/** One number for both sides and their difference. */
export interface PairNumber {
  label: string;
  a: string;
  b: string;
  /** A − B, or a ratio note. */
  difference: string;
}

/** Everything a head-to-head page shows. */
export interface ComparePage {
  title: string;
  description: string;
  canonical: string;
  crumbs: Crumb[];
  a: PairSide;
  b: PairSide;
  /** What the two share and what they are compared on, e.g. `Same CLI (aider), different models; compared on 24 shared tasks.` */
  intro: string;
  verdict: Verdict;
  counts: Array<{ label: string; value: string }>;
  numbers: PairNumber[];
  legend: MarkStyle[];
  groups: PairGroup[];
  onlyInA: Array<{ label: string; href: string }>;
  onlyInB: Array<{ label: string; href: string }>;
  compareIndexHref: string;
  links: Array<{ label: string; href: string }>;
}

const OUTCOME_ORDER: readonly PairOutcome[] = ['onlyA', 'onlyB', 'both', 'neither'];

function outcomeTitle(outcome: PairOutcome, n: number): string {
  const words: Record<PairOutcome, string> = { onlyA: 'Only A passed', onlyB: 'Only B passed', both: 'Both passed', neither: 'Neither passed' };
  return `${words[outcome]} (${n})`;
}

/** An integer difference with its sign, e.g. `+2`, `−1`, `0`. */
export function signedCount(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}`;
}

/**
 * A − B of a cost (tokens, ms) in words, with the relative change.
 *
 * @example
 * costDifference({ a: 800, b: 1000, difference: -200 }, formatCount); // '−200 (A 20% lower)'
 */
export function costDifference(s: SideBySide, format: (v: number) => string): string {
  if (s.difference === null || s.a === null || s.b === null) return 'n/a';
  const sign = s.difference < 0 ? '−' : s.difference > 0 ? '+' : '';
  if (s.b === 0 || s.difference === 0) return `${sign}${format(Math.abs(s.difference))}`;
  const rel = Math.abs(s.difference) / s.b;
  return `${sign}${format(Math.abs(s.difference))} (A ${formatPercent(rel)} ${s.difference < 0 ? 'lower' : 'higher'})`;
}

/** The numbers table of a head-to-head: score, passes, tokens per correct and median wall over the shared tasks. */
export function pairNumbers(cmp: ConfigComparison): PairNumber[] {
  const meanA = mean(cmp.tasks.map((t) => t.a.composite));
  const meanB = mean(cmp.tasks.map((t) => t.b.composite));
  const passA = cmp.counts.both + cmp.counts.onlyA;
  const passB = cmp.counts.both + cmp.counts.onlyB;
  const d = cmp.compositeDifference;
  const tokens = cmp.tokensPerCorrect;
  const wall = cmp.wallMedianMs;
  return [
    { label: 'Mean score', a: formatScore(meanA), b: formatScore(meanB), difference: d === null ? 'n/a' : `${formatSigned(d.estimate)} (95% ${formatSigned(d.low)} to ${formatSigned(d.high)})` },
    { label: 'Tasks passed', a: `${passA} of ${cmp.tasks.length}`, b: `${passB} of ${cmp.tasks.length}`, difference: signedCount(passA - passB) },
    {
      label: 'Tokens per correct',
      a: tokens.a === null ? 'n/a' : formatCount(tokens.a),
      b: tokens.b === null ? 'n/a' : formatCount(tokens.b),
      difference: costDifference(tokens, formatCount),
    },
    { label: 'Median wall time', a: formatDuration(wall.a), b: formatDuration(wall.b), difference: costDifference(wall, formatDuration) },
  ];
}

function side(sweepId: string, letter: string, c: ConfigAggregate): PairSide {
  return { letter, name: `${c.tui} × ${c.model}`, href: configPath(sweepId, c.tui, c.model) };
}

/**
 * A head-to-head page's head. Its description says what the page compares, not who is ahead:
 * that takes a paired bootstrap, which only the page itself computes.
 */
export function compareHead(sweep: LoadedSweep, aKey: string, bKey: string): PageHead {
  const m = metricsOf(sweep);
  const ca = m.configByKey.get(aKey);
  const cb = m.configByKey.get(bKey);
  if (ca === undefined || cb === undefined) throw new Error(`configs ${aKey} and ${bKey} are not both in sweep ${sweep.id}`);
  const a = `${ca.tui} × ${ca.model}`;
  const b = `${cb.tui} × ${cb.model}`;
  return {
    title: `${a} vs ${b}`,
    description: `Head-to-head of ${a} and ${b} in sweep ${sweep.id}: who passed which shared task, with an exact McNemar test and a paired bootstrap of the score.`,
    canonical: canonicalOf(comparePath(sweep.id, ca.tui, ca.model, cb.tui, cb.model)),
    searchable: true,
    facets: {},
  };
}

/**
 * Builds a head-to-head page of configs A and B (keys `tui/model`), on the
 * tasks both have a score for.
 */
export function buildComparePage(sweep: LoadedSweep, aKey: string, bKey: string): ComparePage {
  const m = metricsOf(sweep);
  const ca = m.configByKey.get(aKey);
  const cb = m.configByKey.get(bKey);
  if (ca === undefined || cb === undefined) throw new Error(`configs ${aKey} and ${bKey} are not both in sweep ${sweep.id}`);
  const cmp = m.compare(aKey, bKey);
  const a = side(sweep.id, 'A', ca);
  const b = side(sweep.id, 'B', cb);
  const runsOf = (key: string, task: string) => m.units.get(key)?.get(task)?.runs ?? [];
  const rows = new Map<PairOutcome, PairTaskRow[]>(OUTCOME_ORDER.map((o) => [o, []]));
  const kinds: Array<CellSquare['kind']> = [];
  for (const t of cmp.tasks) {
    const row: PairTaskRow = {
      task: t.task,
      href: taskPath(sweep.id, t.task),
      a: runSquares(sweep.id, runsOf(aKey, t.task), `A on ${t.task}`),
      b: runSquares(sweep.id, runsOf(bKey, t.task), `B on ${t.task}`),
      aComposite: formatScore(t.a.composite),
      bComposite: formatScore(t.b.composite),
      higher: t.winner === 'tie' ? 'tie' : t.winner.toUpperCase(),
    };
    for (const s of [...row.a, ...row.b]) kinds.push(s.kind);
    rows.get(t.outcome)?.push(row);
  }
  const verdict = compareVerdict({ a: a.name, b: b.name, shared: cmp.tasks.length, counts: cmp.counts, mcnemarP: cmp.mcnemarP, compositeDifference: cmp.compositeDifference });
  const sameTui = ca.tui === cb.tui;
  const onlyLinks = (tasks: readonly string[]) => tasks.map((task) => ({ label: task, href: taskPath(sweep.id, task) }));
  return {
    ...titleOf(compareHead(sweep, aKey, bKey)),
    crumbs: buildCrumbs(sweep, [{ label: 'Head-to-head', href: compareIndexPath(sweep.id) }, { label: `${a.name} vs ${b.name}`, href: null }]),
    a,
    b,
    intro: `${sameTui ? `Same CLI (${ca.tui}), different models` : `Same model (${ca.model}), different CLIs`}; compared on the ${plural(cmp.tasks.length, 'task')} both have a score for.`,
    verdict,
    counts: [
      { label: 'Both passed', value: String(cmp.counts.both) },
      { label: 'Only A passed', value: String(cmp.counts.onlyA) },
      { label: 'Only B passed', value: String(cmp.counts.onlyB) },
      { label: 'Neither passed', value: String(cmp.counts.neither) },
      { label: 'A higher score / B higher / tie', value: `${cmp.wins} / ${cmp.losses} / ${cmp.ties}` },
      { label: 'Exact McNemar p', value: formatP(cmp.mcnemarP) },
    ],
    numbers: pairNumbers(cmp),
    legend: markLegend(kinds),
    groups: OUTCOME_ORDER.flatMap((o) => {
      const list = rows.get(o) ?? [];
      return list.length === 0 ? [] : [{ outcome: o, title: outcomeTitle(o, list.length), rows: list }];
    }),
    onlyInA: onlyLinks(cmp.onlyInA),
    onlyInB: onlyLinks(cmp.onlyInB),
    compareIndexHref: compareIndexPath(sweep.id),
    links: sameTui
      ? [{ label: `All models with ${ca.tui}`, href: tuiPath(sweep.id, ca.tui) }]
      : [{ label: `All CLIs with ${ca.model}`, href: modelPath(sweep.id, ca.model) }],
  };
}
