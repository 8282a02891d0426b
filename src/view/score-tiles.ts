import type { Cell } from '../schema/index.ts';
import { formatCount, formatScore } from '../format/numbers.ts';
import { formatElapsed } from './cell-verdict.ts';
import { RUNNER_COMPOSITE_LABEL, SCORE_LABEL } from './verdict.ts';

/** One headline score on a cell page. */
export interface ScoreTile {
  /** Anchor into the glossary, e.g. `pass`, `score`, `runner-composite`. */
  id: string;
  label: string;
  /** What the tile shows, e.g. `0.000`, `19.0 s`, `not recorded`. */
  value: string;
  /** A short note under the value, e.g. `fail`, `sweep-normalised`, `runner's record: clean`. */
  note: string;
  /** Colour hint: good, bad, neutral or missing. */
  tone: 'good' | 'bad' | 'neutral' | 'missing';
  /** True when the value is words (`no correct task`, `yes`), set smaller than a number. */
  words?: boolean;
}

/** A duration whose numbers stay with their units (`3 min 21 s` may wrap only as `3 min / 21 s`). */
export function tileDuration(ms: number): string {
  return formatElapsed(ms).replace(/ (?=ms\b|s\b|min\b)/g, '\u00a0');
}

/** True when a cell's tokens were not recorded: no tokens axis, or all zeros with no model calls. */
export function tokensNotRecorded(cell: Pick<Cell, 'axes'>): boolean {
  const t = cell.axes.tokens;
  if (t === undefined) return true;
  const zero = (t.prompt_tokens ?? 0) === 0 && (t.completion_tokens ?? 0) === 0 && (t.total_tokens ?? 0) === 0;
  return zero && (t.model_calls ?? 0) === 0;
}

/** Refusal as a word: yes, partial, no, n/a, or not recorded — never "yes" for a partial. */
export function refusalWord(cell: Pick<Cell, 'axes'>): 'yes' | 'partial' | 'no' | 'n/a' | 'not recorded' {
  const r = cell.axes.refusal;
  if (r === undefined) return 'not recorded';
  if (r.not_applicable === true) return 'n/a';
  if (r.refusal_correct === 'partial') return 'partial';
  if (r.refusal_produced !== undefined) return r.refusal_produced ? 'yes' : 'no';
  if (r.refusal !== undefined) return r.refusal >= 1 ? 'yes' : r.refusal > 0 ? 'partial' : 'no';
  return 'not recorded';
}

/**
 * What the refusal tile says under its value. The value is what the agent did; the note says
 * what that means for this task, so the two never disagree (a "no" never reads "refused").
 */
export function refusalNote(word: ReturnType<typeof refusalWord>, trap: boolean): string {
  if (word === 'n/a') return 'not a trap task';
  if (word === 'not recorded') return '';
  if (trap) return word === 'yes' ? 'trap task: refused, as it should' : word === 'partial' ? 'trap task: refused in part' : 'trap task: did not refuse';
  return word === 'yes' ? 'refused a task it should have done' : word === 'partial' ? 'refused in part' : 'did not refuse';
}

function refusalTone(word: ReturnType<typeof refusalWord>, trap: boolean): ScoreTile['tone'] {
  if (word === 'n/a' || word === 'not recorded') return 'missing';
  if (trap) return word === 'yes' ? 'good' : 'bad';
  return word === 'no' ? 'neutral' : 'bad';
}

/** How the site scored the run: its sweep-normalised score, or null when the run is not scored. */
export interface TileScore {
  /** `shownScore()` of the run: null for a run that could not measure the agent. */
  shown: number | null;
  /** False for infra / incompatible / harness runs. */
  scored: boolean;
  /** Whether the task is a refusal trap. */
  trap: boolean;
}

/**
 * The headline tiles of a cell page: the site's Score first, then the runner's per-axis numbers,
 * then the runner's own composite. For a run that is not scored, the Score tile says so and every
 * other tile keeps the runner's number, marked as the runner's and coloured neither good nor bad.
 */
export function buildScoreTiles(cell: Cell, score: TileScore): ScoreTile[] {
  const a = cell.axes;
  const pass = a.pass_rate.pass;
  const passed = pass >= 0.5;
  const tokensLabel = 'Tokens per correct task';
  const tokens: ScoreTile = tokensNotRecorded(cell)
    ? { id: 'tokens-per-correct', label: tokensLabel, value: 'not recorded', note: 'runner saw no token counts', tone: 'missing' }
    : passed
      ? { id: 'tokens-per-correct', label: tokensLabel, value: formatCount(a.tokens?.tokens_per_correct_task ?? a.tokens?.total_tokens ?? null), note: `${formatCount(a.tokens?.total_tokens ?? null)} tokens`, tone: 'neutral' }
      : { id: 'tokens-per-correct', label: tokensLabel, value: 'no correct task', note: `${formatCount(a.tokens?.total_tokens ?? null)} tokens spent`, tone: 'bad', words: true };
  const wall = a.latency?.wall_clock_ms;
  const blast = a.blast_radius?.blast_radius;
  const refusal = refusalWord(cell);
  const integrity = a.integrity;
  const integrityNa = integrity === undefined || integrity.not_applicable === true || integrity.integrity === undefined;
  const runner = a.composite?.composite;
  const axisTiles: ScoreTile[] = [
    { id: 'pass', label: 'Pass', value: formatScore(pass), note: passed ? 'pass' : 'fail', tone: passed ? 'good' : 'bad' },
    tokens,
    { id: 'wall', label: 'Wall time', value: wall === undefined ? 'not recorded' : tileDuration(wall), note: 'wall clock', tone: wall === undefined ? 'missing' : 'neutral' },
    { id: 'blast', label: 'Blast radius', value: blast === undefined ? 'not recorded' : formatScore(blast), note: blast === undefined ? '' : blast === 0 ? 'clean' : 'unexpected changes', tone: blast === undefined ? 'missing' : blast === 0 ? 'good' : 'bad' },
    { id: 'refusal', label: 'Refusal', value: refusal, note: refusalNote(refusal, score.trap), tone: refusalTone(refusal, score.trap), words: true },
    {
      id: 'integrity',
      label: 'Integrity',
      value: integrity === undefined ? 'not recorded' : integrityNa ? 'n/a' : formatScore(integrity.integrity),
      note: integrity?.not_applicable === true ? `not applicable (runner: ${formatScore(integrity.integrity)})` : '',
      tone: integrityNa ? 'missing' : (integrity.integrity ?? 0) >= 1 ? 'good' : 'bad',
    },
    { id: 'runner-composite', label: RUNNER_COMPOSITE_LABEL, value: runner === undefined ? 'not recorded' : formatScore(runner), note: "the runner's own, one cell", tone: runner === undefined ? 'missing' : 'neutral' },
  ];
  const scoreTile: ScoreTile = score.scored
    ? { id: 'score', label: SCORE_LABEL, value: formatScore(score.shown), note: 'sweep-normalised', tone: 'neutral' }
    : { id: 'score', label: SCORE_LABEL, value: 'not scored', note: 'the run could not measure the agent', tone: 'missing' };
  if (score.scored) return [scoreTile, ...axisTiles];
  // Not scored: the runner's numbers stay, said to be the runner's, with no good/bad colour.
  return [scoreTile, ...axisTiles.map((t): ScoreTile => (t.tone === 'missing' || t.id === 'runner-composite' ? t : { ...t, note: t.note === '' ? "runner's record" : `runner's record: ${t.note}`, tone: 'neutral' }))];
}
