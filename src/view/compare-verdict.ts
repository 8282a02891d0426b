/**
 * A head-to-head in plain words. The verdict only calls a config ahead when
 * the evidence supports it: on the composite when the paired bootstrap
 * interval of the difference excludes zero, on pass/fail when the exact
 * McNemar test gives p < 0.05. Otherwise it says the data do not show a
 * difference, never that the configs are equal.
 */

import type { PairOutcome } from '../metrics/compare.ts';
import type { Interval } from '../metrics/stats/index.ts';
import { formatScore } from '../format/numbers.ts';
import { plural } from '../format/numbers.ts';

/** McNemar p below this counts as a pass/fail difference. */
export const SIGNIFICANCE = 0.05;

/** Below this many shared tasks the verdict warns that intervals are wide. */
export const FEW_TASKS = 10;

/** What the verdict needs from a comparison. */
export interface VerdictInput {
  /** Display names, e.g. `aider × openai/gpt-oss-120b`. */
  a: string;
  b: string;
  /** Shared scored tasks. */
  shared: number;
  counts: Record<PairOutcome, number>;
  mcnemarP: number;
  /** Mean composite A − B with its 95% paired bootstrap interval. */
  compositeDifference: Interval | null;
}

/** The verdict: a one-line headline and the sentences behind it. */
export interface Verdict {
  headline: string;
  details: string[];
}

/**
 * A signed number to three decimals with a true minus sign.
 *
 * @example
 * formatSigned(0.1234); // '+0.123'
 * formatSigned(-0.05); // '−0.050'
 */
export function formatSigned(value: number): string {
  const text = formatScore(Math.abs(value));
  if (text === '0.000') return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/**
 * A p-value for people: three decimals, `< 0.001` below that, `1` at one.
 *
 * @example
 * formatP(0.021484375); // '0.021'
 * formatP(0.00001); // '< 0.001'
 */
export function formatP(p: number): string {
  if (p >= 1) return '1';
  if (p < 0.001) return '< 0.001';
  return p.toFixed(3);
}

function compositeSentence(i: Interval, a: string, b: string, shared: number): { sentence: string; leader: 'a' | 'b' | null } {
  const range = `95% interval ${formatSigned(i.low)} to ${formatSigned(i.high)}`;
  if (i.low > 0) return { leader: 'a', sentence: `${a} has the higher score, by ${formatScore(i.estimate)} on average over ${plural(shared, 'shared task')} (A − B ${range}).` };
  if (i.high < 0) return { leader: 'b', sentence: `${b} has the higher score, by ${formatScore(-i.estimate)} on average over ${plural(shared, 'shared task')} (A − B ${range}).` };
  return { leader: null, sentence: `The score difference A − B is ${formatSigned(i.estimate)} (${range}); the interval includes zero, so these tasks do not show either config ahead on score.` };
}

function passSentence(input: VerdictInput): { sentence: string; leader: 'a' | 'b' | null } {
  const { onlyA, onlyB } = input.counts;
  const p = formatP(input.mcnemarP);
  if (onlyA + onlyB === 0) return { leader: null, sentence: `On every shared task both passed or both failed, so pass/fail does not separate them.` };
  if (input.mcnemarP < SIGNIFICANCE) {
    const [winner, loser, w, l, leader] = onlyA > onlyB ? [input.a, input.b, onlyA, onlyB, 'a' as const] : [input.b, input.a, onlyB, onlyA, 'b' as const];
    return { leader, sentence: `${winner} passes ${plural(w, 'shared task')} that ${loser} fails, and ${l} the other way round (exact McNemar p = ${p}): unlikely to be chance alone.` };
  }
  return { leader: null, sentence: `${input.a} alone passes ${plural(onlyA, 'shared task')} and ${input.b} alone passes ${onlyB} (exact McNemar p = ${p}): too close to call a difference in pass/fail.` };
}

/**
 * The verdict of a head-to-head.
 *
 * @example
 * compareVerdict({ a: 'A', b: 'B', shared: 20, counts: { both: 10, onlyA: 1, onlyB: 9, neither: 0 }, mcnemarP: 0.021, compositeDifference: { estimate: -0.2, low: -0.3, high: -0.1 } }).headline;
 * // 'B is ahead of A on score and on pass/fail.'
 */
export function compareVerdict(input: VerdictInput): Verdict {
  if (input.shared === 0 || input.compositeDifference === null) {
    return { headline: `${input.a} and ${input.b} have no scored task in common, so they cannot be compared.`, details: [] };
  }
  const composite = compositeSentence(input.compositeDifference, input.a, input.b, input.shared);
  const pass = passSentence(input);
  const name = (side: 'a' | 'b'): string => (side === 'a' ? input.a : input.b);
  const other = (side: 'a' | 'b'): string => (side === 'a' ? input.b : input.a);
  let headline: string;
  if (composite.leader !== null && pass.leader === composite.leader) headline = `${name(composite.leader)} is ahead of ${other(composite.leader)} on score and on pass/fail.`;
  else if (composite.leader !== null && pass.leader !== null) headline = `${name(composite.leader)} is ahead on score, ${name(pass.leader)} on pass/fail.`;
  else if (composite.leader !== null) headline = `${name(composite.leader)} is ahead of ${other(composite.leader)} on score; pass/fail alone does not separate them.`;
  else if (pass.leader !== null) headline = `${name(pass.leader)} passes more shared tasks than ${other(pass.leader)}, but their scores do not show a clear difference.`;
  else headline = `No clear difference between ${input.a} and ${input.b} on ${plural(input.shared, 'shared task')}.`;
  const details = [composite.sentence, pass.sentence];
  if (input.shared < FEW_TASKS) details.push(`With only ${plural(input.shared, 'shared task')} every interval is wide; a difference too small to show here may still exist.`);
  return { headline, details };
}
