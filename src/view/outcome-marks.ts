/**
 * How a cell's outcome is drawn: one square per run, with a colour class and
 * a letter, so the outcome never rests on colour alone, and a legend that
 * names each mark.
 */

import type { CellScore } from '../metrics/normalise.ts';
import { cellPath } from '../urls/routes.ts';

/** What a square shows: the cell's outcome, with refusal errors set apart from other fails. */
export type MarkKind = 'pass' | 'fail' | 'refusal' | 'timeout' | 'infra' | 'incompatible' | 'harness';

/** The look and words of one kind of mark. */
export interface MarkStyle {
  kind: MarkKind;
  /** One letter printed in the square, e.g. `P`. */
  letter: string;
  /** A word or two, e.g. `pass`. */
  label: string;
  /** One line for the legend. */
  description: string;
}

/** Every mark in legend order: agent outcomes first, then runs that could not measure the agent. */
export const MARK_STYLES: readonly MarkStyle[] = [
  { kind: 'pass', letter: 'P', label: 'pass', description: 'the tests passed (a correct refusal on a trap task counts here)' },
  { kind: 'fail', letter: 'F', label: 'fail', description: 'the tests failed' },
  { kind: 'refusal', letter: 'R', label: 'refusal error', description: 'refused a legitimate task, or did not refuse a trap' },
  { kind: 'timeout', letter: 'T', label: 'timeout', description: 'ran out of time' },
  { kind: 'infra', letter: 'I', label: 'infra', description: 'infrastructure failure, not scored' },
  { kind: 'incompatible', letter: 'N', label: 'incompatible', description: 'model and CLI could not work together, not scored' },
  { kind: 'harness', letter: 'H', label: 'harness', description: 'harness failure, not scored' },
];

const STYLE_OF = new Map(MARK_STYLES.map((s) => [s.kind, s]));

/** The style of a mark kind. */
export function markStyle(kind: MarkKind): MarkStyle {
  return STYLE_OF.get(kind) as MarkStyle;
}

/**
 * The mark of one cell: its outcome, except that fails for refusal reasons show as `refusal`.
 *
 * @example
 * markKindOf({ outcome: 'fail', failureMode: 'missed-refusal' }); // 'refusal'
 * markKindOf({ outcome: 'pass', failureMode: null }); // 'pass'
 */
export function markKindOf(score: Pick<CellScore, 'outcome' | 'failureMode'>): MarkKind {
  if (score.outcome === 'fail' && (score.failureMode === 'wrongly-refused' || score.failureMode === 'missed-refusal')) return 'refusal';
  return score.outcome;
}

/** One square: a link to a cell page. */
export interface CellSquare {
  href: string;
  kind: MarkKind;
  letter: string;
  /** Accessible name and tooltip, e.g. `mutations/x, run 2: fail`. */
  label: string;
}

/**
 * The square of one cell, labelled with what it is (e.g. the task) and its outcome.
 *
 * @param what names the cell on this page, e.g. its task on a config page; ` run N` is added for reruns.
 * @param reruns whether the cell's position has more than one run (adds `run N`).
 * @example
 * cellSquare('s', score, 'cat/a', true); // { href: '/sweeps/s/cell/…/run-2/', kind: 'fail', letter: 'F', label: 'cat/a, run 2: fail' }
 */
export function cellSquare(sweepId: string, score: CellScore, what: string, reruns: boolean): CellSquare {
  const kind = markKindOf(score);
  const style = markStyle(kind);
  const run = reruns ? `, run ${score.attempt}` : '';
  return {
    href: cellPath({ sweepId, tui: score.tui, model: score.model, task: score.task, attempt: score.attempt }),
    kind,
    letter: style.letter,
    label: `${what}${run}: ${style.label}`,
  };
}

/** The squares of one config's runs on one task, in attempt order. */
export function runSquares(sweepId: string, runs: readonly CellScore[], what: string): CellSquare[] {
  return runs.map((r) => cellSquare(sweepId, r, what, runs.length > 1 || r.attempt > 1));
}

/** The legend entries for the marks that occur, in legend order (every mark when `kinds` is omitted). */
export function markLegend(kinds?: Iterable<MarkKind>): MarkStyle[] {
  if (kinds === undefined) return [...MARK_STYLES];
  const present = new Set(kinds);
  return MARK_STYLES.filter((s) => present.has(s.kind));
}
