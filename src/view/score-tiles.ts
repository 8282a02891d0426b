import type { Cell } from '../schema/index.ts';
import { formatCount, formatDuration, formatScore } from '../format/numbers.ts';

/** One headline score on a cell page. */
export interface ScoreTile {
  /** Anchor into the glossary, e.g. `pass`. */
  id: string;
  label: string;
  /** What the tile shows, e.g. `0.000`, `19.0 s`, `not recorded`. */
  value: string;
  /** A short word under the value, e.g. `fail`, `runner`. */
  note: string;
  /** Colour hint: good, bad, neutral or missing. */
  tone: 'good' | 'bad' | 'neutral' | 'missing';
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

/** The per-axis tiles of a cell page; `normalised` is the sweep-level composite when computed. */
export function buildScoreTiles(cell: Cell, normalised: number | null): ScoreTile[] {
  const a = cell.axes;
  const pass = a.pass_rate.pass;
  const passed = pass >= 0.5;
  const tokens: ScoreTile = tokensNotRecorded(cell)
    ? { id: 'tokens-per-correct', label: 'Tokens/correct', value: 'not recorded', note: 'runner saw no token counts', tone: 'missing' }
    : passed
      ? { id: 'tokens-per-correct', label: 'Tokens/correct', value: formatCount(a.tokens?.tokens_per_correct_task ?? a.tokens?.total_tokens ?? null), note: `${formatCount(a.tokens?.total_tokens ?? null)} tokens`, tone: 'neutral' }
      : { id: 'tokens-per-correct', label: 'Tokens/correct', value: 'no correct task', note: `${formatCount(a.tokens?.total_tokens ?? null)} tokens spent`, tone: 'bad' };
  const wall = a.latency?.wall_clock_ms;
  const blast = a.blast_radius?.blast_radius;
  const refusal = refusalWord(cell);
  const integrity = a.integrity;
  const integrityNa = integrity === undefined || integrity.not_applicable === true || integrity.integrity === undefined;
  const runner = a.composite?.composite;
  return [
    { id: 'pass', label: 'Pass', value: formatScore(pass), note: passed ? 'pass' : 'fail', tone: passed ? 'good' : 'bad' },
    tokens,
    { id: 'wall', label: 'Wall', value: wall === undefined ? 'not recorded' : formatDuration(wall), note: 'wall clock', tone: wall === undefined ? 'missing' : 'neutral' },
    { id: 'blast', label: 'Blast', value: blast === undefined ? 'not recorded' : formatScore(blast), note: blast === undefined ? '' : blast === 0 ? 'clean' : 'unexpected changes', tone: blast === undefined ? 'missing' : blast === 0 ? 'good' : 'bad' },
    { id: 'refusal', label: 'Refusal', value: refusal, note: refusal === 'n/a' ? 'not a trap task' : 'refused the task', tone: refusal === 'n/a' || refusal === 'not recorded' ? 'missing' : 'neutral' },
    {
      id: 'integrity',
      label: 'Integrity',
      value: integrity === undefined ? 'not recorded' : integrityNa ? 'n/a' : formatScore(integrity.integrity),
      note: integrity?.not_applicable === true ? `not applicable (runner: ${formatScore(integrity.integrity)})` : '',
      tone: integrityNa ? 'missing' : (integrity.integrity ?? 0) >= 1 ? 'good' : 'bad',
    },
    { id: 'composite', label: 'Composite', value: runner === undefined ? 'not recorded' : formatScore(runner), note: 'runner', tone: runner === undefined ? 'missing' : 'neutral' },
    { id: 'normalised-composite', label: 'Normalised', value: normalised === null ? 'n/a' : formatScore(normalised), note: 'sweep-level', tone: normalised === null ? 'missing' : 'neutral' },
  ];
}
