/** Wilson score confidence interval for a binomial proportion. */

import type { Interval } from './interval.ts';

/**
 * Two-sided 95% standard normal quantile, Φ⁻¹(0.975), unitless.
 *
 * @example
 * wilsonInterval(8, 10, Z_95); // same as the default
 */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval (Wilson 1927) for a pass rate: unlike the Wald
 * interval it stays inside [0, 1] and is not degenerate at 0/n or n/n.
 * center = (p̂ + z²/2n) / (1 + z²/n),
 * half   = z / (1 + z²/n) · √(p̂(1 - p̂)/n + z²/4n²).
 *
 * @param successes passes, an integer in 0..n.
 * @param n trials, a non-negative integer.
 * @param z normal quantile; default gives a two-sided 95% interval.
 * @returns proportions in [0, 1] (estimate = successes / n), or null when n = 0.
 * @example
 * wilsonInterval(8, 10); // { estimate: 0.8, low: 0.4902, high: 0.9433 } (4 dp)
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`wilsonInterval: n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: successes must be an integer in 0..${n}, got ${successes}`);
  }
  if (!(z > 0) || !Number.isFinite(z)) throw new RangeError(`wilsonInterval: z must be positive, got ${z}`);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The bounds are exactly 0 / 1 at the extremes; pin them so rounding
  // error cannot show "-0.0000" or "1.0000000002".
  const low = successes === 0 ? 0 : Math.max(0, center - half);
  const high = successes === n ? 1 : Math.min(1, center + half);
  return { estimate: p, low, high };
}
