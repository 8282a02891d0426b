/**
 * The head of a cell page: what the run came to, in the site's verdict words, with the one
 * detail that explains it (how many tests failed, how long it ran before the limit, why it
 * could not be scored), its score, its failure mode as `/failures/` names it, and its reruns.
 */

import type { Cell } from '../schema/index.ts';
import type { CellScore } from '../metrics/normalise.ts';
import type { TestCounts } from '../format/test-counts.ts';
import { formatDuration, formatScore } from '../format/numbers.ts';
import { failureModeText } from './failure-mode-text.ts';
import { markKindOf, markStyle, type MarkKind } from './outcome-marks.ts';
import { SCORE_LABEL, shownScore, verdictOf, type Verdict, type VerdictKind } from './verdict.ts';

/** The fields of a cell the verdict reads. */
export type VerdictCell = Pick<Cell, 'axes' | 'failure' | 'exit_code' | 'started_at' | 'ended_at'>;

/** One run of the cell, for the run strip. */
export interface VerdictRun {
  attempt: number;
  href: string;
  score: Pick<CellScore, 'outcome' | 'failureMode' | 'readings'>;
  current: boolean;
}

/** One square of the run strip. */
export interface RunSquare {
  href: string;
  kind: MarkKind;
  letter: string;
  /** Accessible name and tooltip, e.g. `run 2: missed refusal (this page)`. */
  label: string;
  current: boolean;
}

/** What the head of a cell page says. */
export interface CellVerdictView {
  verdict: Verdict;
  /** The detail beside the pill, e.g. `3 of 4 tests failed`, `after 10 min, the sweep's time limit`. */
  detail: string | null;
  /** `message` when the detail is the runner's own failure message rather than the site's words. */
  detailKind: 'fact' | 'message';
  score: { label: string; value: string; href: string; scored: boolean };
  /** The failure mode as `/failures/` names it; null when the run passed. */
  failureMode: { label: string; description: string; href: string } | null;
  /** Every run of this cell, when there is more than one (or this is a rerun). */
  runs: { label: string; squares: RunSquare[] } | null;
  /** The verdict as a verb phrase for one sentence, e.g. `timed out on`, `correctly refused`. */
  phrase: string;
  /** A short reason for the meta description, e.g. `3 of 4 tests failed`, `infra failure`. */
  summary: string | null;
}

/** Everything {@link buildCellVerdict} needs. */
export interface CellVerdictInput {
  cell: VerdictCell;
  /** Passed and failed tests, read from the output tails when the record was read (see `CellBulk`). */
  testCounts: TestCounts | null;
  score: Pick<CellScore, 'outcome' | 'failureMode' | 'readings' | 'composite' | 'excluded'>;
  /** The sweep's per-cell time limit (`timeout_s` of the manifest), if any. */
  timeoutS: number | undefined;
  /** Where this run is listed under its failure mode (the sweep's `/failures/` page). */
  failuresHref: string;
  runs: readonly VerdictRun[];
}

const PHRASES: Record<VerdictKind, string> = {
  passed: 'passed',
  failed: 'failed',
  'timed-out': 'timed out on',
  refused: 'correctly refused',
  'missed-refusal': 'missed the refusal on',
  'wrongly-refused': 'wrongly refused',
  'not-scored': 'could not be scored on',
};

/** A time for people, whole minutes without seconds: `10 min`, `10 min 12 s`, `45.0 s`. */
export function formatElapsed(ms: number): string {
  return ms >= 60_000 && Math.abs(ms - Math.round(ms / 60_000) * 60_000) < 500 ? `${Math.round(ms / 60_000)} min` : formatDuration(ms);
}

const tests = (n: number): string => (n === 1 ? 'test' : 'tests');
const failedOf = (c: TestCounts): string => `${c.failed} of ${c.total} ${tests(c.total)} failed`;
const passedOf = (c: TestCounts): string => `${c.passed} of ${c.total} ${tests(c.total)} passed`;

function wallMs(cell: VerdictCell): number | null {
  const wall = cell.axes.latency?.wall_clock_ms;
  if (typeof wall === 'number' && Number.isFinite(wall)) return wall;
  if (cell.started_at === undefined || cell.ended_at === undefined) return null;
  const ms = Date.parse(cell.ended_at) - Date.parse(cell.started_at);
  return Number.isFinite(ms) ? ms : null;
}

// How long a timed-out run ran, and against which limit: the wall clock when recorded, else the limit.
function timeoutDetail(cell: VerdictCell, timeoutS: number | undefined): string {
  const wall = wallMs(cell);
  const limit = timeoutS === undefined ? null : timeoutS * 1000;
  if (wall === null) return limit === null ? 'the run hit its time limit' : `after ${formatElapsed(limit)}, the sweep's time limit`;
  if (limit === null) return `after ${formatElapsed(wall)}`;
  return Math.abs(wall - limit) < 1000 ? `after ${formatElapsed(wall)}, the sweep's time limit` : `after ${formatElapsed(wall)} (limit ${formatElapsed(limit)})`;
}

function refusalDetail(cell: VerdictCell, kind: VerdictKind): string {
  const r = cell.axes.refusal;
  if (kind === 'refused') return 'a trap task: refusing was the right answer';
  if (kind === 'wrongly-refused') return 'the agent refused a task it should have done';
  if (r?.refusal_correct === 'partial') return 'a trap task: the agent refused only in part';
  const signals = r?.refusal_signals ?? {};
  const what = signals['destructive_command'] === true ? ' and ran the destructive command' : r?.fabricated_fix_detected === true ? ' and faked a fix' : '';
  return `a trap task: the agent should have refused${what}`;
}

function detailOf(input: CellVerdictInput, kind: VerdictKind, counts: TestCounts | null): string | null {
  const { cell, score } = input;
  switch (kind) {
    case 'passed':
      return counts === null ? null : passedOf(counts);
    case 'failed':
      if (counts !== null) return failedOf(counts);
      // A trap task failed for a reason other than a missed refusal (e.g. refused only in part).
      if (score.readings.trap) return refusalDetail(cell, 'missed-refusal');
      return score.failureMode === 'crash' && typeof cell.exit_code === 'number' ? `the agent exited with code ${cell.exit_code}; no tests ran` : null;
    case 'timed-out':
      return timeoutDetail(cell, input.timeoutS) + (counts === null || counts.failed === 0 ? '' : `; ${failedOf(counts)}`);
    case 'not-scored': {
      const message = cell.failure?.message.trim() ?? '';
      return message === '' ? null : message;
    }
    default:
      return refusalDetail(cell, kind);
  }
}

// `Run 2 of 3`, unless runs are missing from the sweep (then the count of those recorded).
function runsLabel(runs: readonly VerdictRun[], current: VerdictRun | undefined): string {
  const complete = runs.every((r, i) => r.attempt === i + 1);
  if (current === undefined) return `${runs.length} runs`;
  return complete ? `Run ${current.attempt} of ${runs.length}` : `Run ${current.attempt}; ${runs.length === 1 ? 'the only run' : `${runs.length} runs`} recorded`;
}

/**
 * The head of a cell page.
 *
 * @example
 * buildCellVerdict({ cell: seedCell, score: seedScore, timeoutS: 600, failuresHref: '/sweeps/free-20260527/failures/#…', runs: [] });
 * // { verdict: { headline: 'Failed', … }, detail: '3 of 4 tests failed', score: { value: '0.154', … }, failureMode: { label: 'No change', … }, … }
 */
export function buildCellVerdict(input: CellVerdictInput): CellVerdictView {
  const { score, runs } = input;
  const verdict = verdictOf(score);
  const counts = input.testCounts;
  const detail = detailOf(input, verdict.kind, counts);
  const shown = shownScore(score);
  const mode = score.failureMode === null ? null : failureModeText(score.failureMode);
  const current = runs.find((r) => r.current);
  const showRuns = runs.length > 1 || (current !== undefined && current.attempt > 1);
  return {
    verdict,
    detail,
    detailKind: verdict.kind === 'not-scored' ? 'message' : 'fact',
    score: { label: SCORE_LABEL, value: shown === null ? 'not scored' : formatScore(shown), href: '/glossary/#score', scored: shown !== null },
    failureMode: mode === null ? null : { label: mode.label, description: mode.description, href: input.failuresHref },
    runs: showRuns
      ? {
          label: runsLabel(runs, current),
          squares: runs.map((r) => {
            const kind = markKindOf(r.score);
            return { href: r.href, kind, letter: markStyle(kind).letter, label: `run ${r.attempt}: ${verdictOf(r.score).word}${r.current ? ' (this page)' : ''}`, current: r.current };
          }),
        }
      : null,
    phrase: PHRASES[verdict.kind],
    summary: verdict.kind === 'not-scored' ? (mode?.label.toLowerCase() ?? null) : verdict.kind === 'timed-out' ? timeoutDetail(input.cell, input.timeoutS) : counts === null ? null : detail,
  };
}
