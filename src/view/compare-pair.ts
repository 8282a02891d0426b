/**
 * The comparison picker's data file and the pair it builds in the browser.
 * The file is small: per config and task, each run's outcome letter and
 * attempt, and the task's mean composite. The browser recomputes what the
 * build computes for the pair pages (shared tasks, pass outcomes,
 * wins/losses/ties, exact McNemar p), with the same rules, and links to
 * cells and tasks through the same URL builders. Pure: no DOM.
 */

import { mcnemarExact } from '../metrics/stats/mcnemar.ts';
import type { PairOutcome } from '../metrics/compare.ts';
import { comparePath } from '../urls/group-routes.ts';
import { cellPath, configPath, taskPath } from '../urls/routes.ts';
import { MARK_STYLES, markStyle, type CellSquare, type MarkKind } from './outcome-marks.ts';

/** One config × task of the data file: runs as `<letter><attempt>` pairs (e.g. `P1F2`) and the mean composite of scored runs (null when none scored). */
export type CompareUnit = [runs: string, composite: number | null];

/** The picker's data file, `compare/data.json`. */
export interface CompareData {
  /** Format version. */
  v: 1;
  sweepId: string;
  /** Task ids, sorted. */
  tasks: string[];
  /** Configs in leaderboard order. */
  configs: Array<{ tui: string; model: string }>;
  /** `units[config][task]`, aligned with `configs` and `tasks`; null when the config did not run the task. */
  units: Array<Array<CompareUnit | null>>;
}

const KIND_OF_LETTER = new Map(MARK_STYLES.map((s) => [s.letter, s.kind]));
const EXCLUDED: ReadonlySet<MarkKind> = new Set(['infra', 'incompatible', 'harness']);

/**
 * Encodes a unit's runs.
 *
 * @example
 * encodeRuns([{ kind: 'pass', attempt: 1 }, { kind: 'fail', attempt: 2 }]); // 'P1F2'
 */
export function encodeRuns(runs: ReadonlyArray<{ kind: MarkKind; attempt: number }>): string {
  return runs.map((r) => `${markStyle(r.kind).letter}${r.attempt}`).join('');
}

/**
 * Decodes a unit's runs; unknown letters are skipped.
 *
 * @example
 * decodeRuns('P1F2'); // [{ kind: 'pass', attempt: 1 }, { kind: 'fail', attempt: 2 }]
 */
export function decodeRuns(runs: string): Array<{ kind: MarkKind; attempt: number }> {
  const out: Array<{ kind: MarkKind; attempt: number }> = [];
  for (const match of runs.matchAll(/([A-Z])(\d+)/g)) {
    const kind = KIND_OF_LETTER.get(match[1] ?? '');
    if (kind !== undefined) out.push({ kind, attempt: Number(match[2]) });
  }
  return out;
}

/** True when at least half the scored runs passed, the rule of the pair pages (`isUnitPassed`). */
export function isRunsPassed(runs: ReadonlyArray<{ kind: MarkKind }>): boolean {
  const scored = runs.filter((r) => !EXCLUDED.has(r.kind));
  return scored.length > 0 && scored.filter((r) => r.kind === 'pass').length / scored.length >= 0.5;
}

/** One shared task of a browser-built pair. */
export interface PickedTask {
  task: string;
  href: string;
  outcome: PairOutcome;
  a: CellSquare[];
  b: CellSquare[];
  aComposite: number;
  bComposite: number;
  higher: 'A' | 'B' | 'tie';
}

/** A pair built in the browser. */
export interface PickedPair {
  a: { name: string; href: string };
  b: { name: string; href: string };
  /** The built head-to-head page when the pair shares a tui or a model (it lists the pair in leaderboard order). */
  pageHref: string | null;
  tasks: PickedTask[];
  counts: Record<PairOutcome, number>;
  wins: number;
  losses: number;
  ties: number;
  mcnemarP: number;
  /** Mean composite A − B over shared tasks; null when none is shared. */
  meanDifference: number | null;
  onlyInA: number;
  onlyInB: number;
}

function squares(sweepId: string, c: { tui: string; model: string }, task: string, runs: string, side: string): CellSquare[] {
  const decoded = decodeRuns(runs);
  return decoded.map((r) => {
    const style = markStyle(r.kind);
    const run = decoded.length > 1 || r.attempt > 1 ? `, run ${r.attempt}` : '';
    return { href: cellPath({ sweepId, tui: c.tui, model: c.model, task, attempt: r.attempt }), kind: r.kind, letter: style.letter, label: `${side} on ${task}${run}: ${style.label}` };
  });
}

const TIE_EPSILON = 1e-9;

/**
 * Builds the pair of configs at indexes `ai` and `bi` of the data file.
 *
 * @returns null when either index is out of range or both are the same config.
 */
export function pickPair(data: CompareData, ai: number, bi: number): PickedPair | null {
  const ca = data.configs[ai];
  const cb = data.configs[bi];
  const ua = data.units[ai];
  const ub = data.units[bi];
  if (ca === undefined || cb === undefined || ua === undefined || ub === undefined || ai === bi) return null;
  const tasks: PickedTask[] = [];
  const counts: Record<PairOutcome, number> = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
  let onlyInA = 0;
  let onlyInB = 0;
  data.tasks.forEach((task, i) => {
    const x = ua[i] ?? null;
    const y = ub[i] ?? null;
    const scoredA = x !== null && x[1] !== null;
    const scoredB = y !== null && y[1] !== null;
    if (scoredA && !scoredB) onlyInA++;
    if (scoredB && !scoredA) onlyInB++;
    if (!scoredA || !scoredB) return;
    const pa = isRunsPassed(decodeRuns(x[0]));
    const pb = isRunsPassed(decodeRuns(y[0]));
    const outcome: PairOutcome = pa ? (pb ? 'both' : 'onlyA') : pb ? 'onlyB' : 'neither';
    counts[outcome]++;
    const aComposite = x[1] as number;
    const bComposite = y[1] as number;
    const diff = aComposite - bComposite;
    tasks.push({
      task,
      href: taskPath(data.sweepId, task),
      outcome,
      a: squares(data.sweepId, ca, task, x[0], 'A'),
      b: squares(data.sweepId, cb, task, y[0], 'B'),
      aComposite,
      bComposite,
      higher: Math.abs(diff) < TIE_EPSILON ? 'tie' : diff > 0 ? 'A' : 'B',
    });
  });
  const wins = tasks.filter((t) => t.higher === 'A').length;
  const losses = tasks.filter((t) => t.higher === 'B').length;
  const comparable = (ca.tui === cb.tui) !== (ca.model === cb.model);
  const [first, second] = ai < bi ? [ca, cb] : [cb, ca];
  return {
    a: { name: `${ca.tui} × ${ca.model}`, href: configPath(data.sweepId, ca.tui, ca.model) },
    b: { name: `${cb.tui} × ${cb.model}`, href: configPath(data.sweepId, cb.tui, cb.model) },
    pageHref: comparable ? comparePath(data.sweepId, first.tui, first.model, second.tui, second.model) : null,
    tasks,
    counts,
    wins,
    losses,
    ties: tasks.length - wins - losses,
    mcnemarP: mcnemarExact(counts.onlyA, counts.onlyB),
    meanDifference: tasks.length === 0 ? null : tasks.reduce((s, t) => s + t.aComposite - t.bComposite, 0) / tasks.length,
    onlyInA,
    onlyInB,
  };
}
