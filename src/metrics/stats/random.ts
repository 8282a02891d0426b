/**
 * Seeded, deterministic pseudo-random numbers for resampling.
 *
 * Reports must be byte-identical across rebuilds, so nothing in the stats
 * layer may touch `Math.random`; every random draw goes through a generator
 * created here from an explicit seed.
 */

/** A source of uniform numbers in [0, 1); each call advances its state. */
export type RandomSource = () => number;

/**
 * Creates a mulberry32 generator: 32-bit state, uniform output in [0, 1)
 * with 2^-32 resolution, period 2^32. The same seed always yields the same
 * sequence on every platform (only 32-bit integer ops are used).
 *
 * @param seed any number; it is truncated to an unsigned 32-bit integer.
 * @example
 * const next = createRandom(42);
 * next(); // 0.6011037519201636, and the same on every run
 */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws an integer uniformly from 0 .. n-1 (an array index).
 *
 * @param random generator from {@link createRandom}.
 * @param n exclusive upper bound, a positive integer.
 * @example
 * randomIndex(createRandom(1), 30); // an integer in 0..29
 */
export function randomIndex(random: RandomSource, n: number): number {
  return Math.floor(random() * n);
}

/**
 * Hashes a string to an unsigned 32-bit seed with FNV-1a (32-bit) over its
 * UTF-8 bytes, so callers can seed per sweep or config, e.g.
 * `seedFromString('sweep-2024-06/rank-bands')`.
 *
 * @returns an integer in 0 .. 2^32-1.
 * @example
 * seedFromString('');  // 2166136261 (0x811c9dc5, the FNV offset basis)
 * seedFromString('a'); // 3826002220 (0xe40c292c)
 */
export function seedFromString(s: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
