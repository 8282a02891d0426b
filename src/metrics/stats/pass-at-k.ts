/**
 * Repeated-run metrics for one task: n independent runs of a config, c of
 * which passed.
 */

function assertRuns(n: number, c: number, k: number, fn: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${fn}: n must be a positive integer, got ${n}`);
  if (!Number.isInteger(c) || c < 0 || c > n) throw new RangeError(`${fn}: c must be an integer in 0..${n}, got ${c}`);
  if (!Number.isInteger(k) || k < 1 || k > n) throw new RangeError(`${fn}: k must be an integer in 1..${n}, got ${k}`);
}

/**
 * Unbiased pass@k estimator (Chen et al. 2021, "Evaluating Large Language
 * Models Trained on Code"): the probability that at least one of k runs,
 * drawn without replacement from the n observed runs, passes:
 * 1 - C(n - c, k) / C(n, k), evaluated as the stable product
 * 1 - Π_{i = n-c+1}^{n} (1 - k / i) so large n never overflows.
 *
 * @param n runs observed (positive integer).
 * @param c passing runs (0..n).
 * @param k runs sampled (1..n).
 * @returns a probability in [0, 1].
 * @example
 * passAtK(3, 1, 2); // 2/3
 */
export function passAtK(n: number, c: number, k: number): number {
  assertRuns(n, c, k, 'passAtK');
  // Fewer than k failures: every k-subset contains a pass.
  if (n - c < k) return 1;
  let allFail = 1;
  for (let i = n - c + 1; i <= n; i++) allFail *= 1 - k / i;
  return 1 - allFail;
}

/**
 * pass^k ("pass hat k", Yao et al. 2024, τ-bench): the probability that
 * all k runs, drawn without replacement from the n observed runs, pass:
 * C(c, k) / C(n, k) = Π_{i=0}^{k-1} (c - i) / (n - i). Measures reliability
 * where pass@k measures capability.
 *
 * @param n runs observed (positive integer).
 * @param c passing runs (0..n).
 * @param k runs sampled (1..n).
 * @returns a probability in [0, 1]; 0 when c < k.
 * @example
 * passHatK(3, 2, 2); // 1/3
 */
export function passHatK(n: number, c: number, k: number): number {
  assertRuns(n, c, k, 'passHatK');
  if (c < k) return 0;
  let allPass = 1;
  for (let i = 0; i < k; i++) allPass *= (c - i) / (n - i);
  return allPass;
}

/**
 * A task is flaky for a config when its repeated runs disagree: at least
 * one passed and at least one failed. Fewer than two runs are never flaky.
 *
 * @param outcomes pass (true) / fail (false) per run.
 * @example
 * isFlaky([true, false, true]); // true
 * isFlaky([true, true]);        // false
 */
export function isFlaky(outcomes: readonly boolean[]): boolean {
  return outcomes.includes(true) && outcomes.includes(false);
}
