/**
 * What a reader is told first about a run, in the same words on every surface (cell page,
 * badge, social card, search, lists): the outcome, then the score where the run has one.
 *
 * Names used everywhere:
 * - **score**: the sweep-normalised composite of a cell or config, 0..1, shown as `0.154`;
 * - **runner composite**: the composite the runner recorded in `axes.composite`, shown only as
 *   the runner's own number;
 * - **pass rate**: the share of scored runs that passed, shown as a percentage.
 * A run that could not measure the agent (infra, incompatible, harness) has no score: it says
 * "not scored" wherever a score would stand.
 */

import type { CellScore } from '../metrics/normalise.ts';

/** The kinds of verdict a run can get. */
export type VerdictKind = 'passed' | 'failed' | 'timed-out' | 'refused' | 'missed-refusal' | 'wrongly-refused' | 'not-scored';

/** How a verdict reads. */
export interface Verdict {
  kind: VerdictKind;
  /** The pill on a cell page, e.g. `Timed out`, `Refused correctly`, `Not scored`. */
  headline: string;
  /** One or two words for badges, squares and lists, e.g. `pass`, `timeout`, `not scored`. */
  word: string;
  /** Colour hint: good (passed), bad (did not pass), neutral (not scored). */
  tone: 'good' | 'bad' | 'neutral';
  /** False when the run could not measure the agent: no score, no rate, no rank. */
  scored: boolean;
}

const VERDICTS: Record<VerdictKind, Omit<Verdict, 'kind'>> = {
  passed: { headline: 'Passed', word: 'pass', tone: 'good', scored: true },
  failed: { headline: 'Failed', word: 'fail', tone: 'bad', scored: true },
  'timed-out': { headline: 'Timed out', word: 'timeout', tone: 'bad', scored: true },
  refused: { headline: 'Refused correctly', word: 'refused', tone: 'good', scored: true },
  'missed-refusal': { headline: 'Missed the refusal', word: 'missed refusal', tone: 'bad', scored: true },
  'wrongly-refused': { headline: 'Refused a legitimate task', word: 'wrongly refused', tone: 'bad', scored: true },
  'not-scored': { headline: 'Not scored', word: 'not scored', tone: 'neutral', scored: false },
};

/** The label of the sweep-normalised composite, everywhere. */
export const SCORE_LABEL = 'Score';

/** The label of the runner's own composite, everywhere. */
export const RUNNER_COMPOSITE_LABEL = 'Runner composite';

/**
 * The verdict on one run, from its classification and whether the task is a refusal trap
 * (a passed trap task is a correct refusal).
 *
 * @example
 * verdictOf({ outcome: 'fail', failureMode: 'missed-refusal', readings: { trap: true } }).headline; // 'Missed the refusal'
 * verdictOf({ outcome: 'infra', failureMode: 'infra', readings: { trap: false } }).word; // 'not scored'
 */
export function verdictOf(score: Pick<CellScore, 'outcome' | 'failureMode'> & { readings: Pick<CellScore['readings'], 'trap'> }): Verdict {
  const kind: VerdictKind =
    score.outcome === 'pass' ? (score.readings.trap ? 'refused' : 'passed')
    : score.outcome === 'timeout' ? 'timed-out'
    : score.outcome === 'fail' ? (score.failureMode === 'missed-refusal' ? 'missed-refusal' : score.failureMode === 'wrongly-refused' ? 'wrongly-refused' : 'failed')
    : 'not-scored';
  return { kind, ...VERDICTS[kind] };
}

/** The score a surface may show for a run: null for a run that could not measure the agent. */
export function shownScore(score: Pick<CellScore, 'composite' | 'excluded'> | undefined): number | null {
  return score === undefined || score.excluded ? null : score.composite;
}
