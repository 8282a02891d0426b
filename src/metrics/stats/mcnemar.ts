/**
 * Exact McNemar test for two configs run on the same tasks: only the
 * discordant tasks (one passes, the other fails) carry information.
 */

const LN2 = Math.log(2);

function assertCount(x: number, name: string): void {
  if (!Number.isInteger(x) || x < 0) throw new RangeError(`mcnemar: ${name} must be a non-negative integer, got ${x}`);
}

/**
 * Exact two-sided McNemar p-value: a binomial test of b successes out of
 * n = b + c discordant pairs against p = 0.5,
 * p = min(1, 2 · Σ_{i=0}^{min(b,c)} C(n, i) · 0.5^n); b = c = 0 gives 1.
 * Terms are summed in log space (log-sum-exp), so n in the thousands does
 * not overflow; a p-value below ~1e-308 underflows to 0.
 *
 * @param b tasks where config A passes and B fails (non-negative integer).
 * @param c tasks where config B passes and A fails (non-negative integer).
 * @returns a probability in [0, 1].
 * @example
 * mcnemarExact(1, 9); // 0.021484375 (= 22/1024)
 */
export function mcnemarExact(b: number, c: number): number {
  assertCount(b, 'b');
  assertCount(c, 'c');
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // log C(n, i), built by the recurrence C(n, i+1) = C(n, i)·(n - i)/(i + 1).
  const logTerms: number[] = [];
  let logC = 0;
  for (let i = 0; i <= k; i++) {
    logTerms.push(logC - n * LN2);
    logC += Math.log(n - i) - Math.log(i + 1);
  }
  let max = -Infinity;
  for (const t of logTerms) max = Math.max(max, t);
  let scaled = 0;
  for (const t of logTerms) scaled += Math.exp(t - max);
  return Math.min(1, 2 * Math.exp(max + Math.log(scaled)));
}

/** Discordant counts of two paired outcome vectors, input to {@link mcnemarExact}. */
export interface DiscordantCounts {
  /** Tasks where A passes and B fails. */
  b: number;
  /** Tasks where B passes and A fails. */
  c: number;
}

/**
 * Counts discordant pairs between two configs' per-task outcomes, aligned by
 * index (same task order).
 *
 * @returns counts of tasks (integers).
 * @example
 * discordantCounts([true, true, false], [true, false, true]); // { b: 1, c: 1 }
 */
export function discordantCounts(a: readonly boolean[], b: readonly boolean[]): DiscordantCounts {
  if (a.length !== b.length) throw new RangeError(`discordantCounts: lengths differ (${a.length} vs ${b.length})`);
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && !b[i]) onlyA++;
    else if (!a[i] && b[i]) onlyB++;
  }
  return { b: onlyA, c: onlyB };
}
