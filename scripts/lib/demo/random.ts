import { createRandom } from '../../../src/metrics/stats/random.ts';
/**
 * Seeded pseudo-random numbers for the demo generator: mulberry32 plus helpers.
 * Nothing here reads the clock or `Math.random`, so the same seed gives the same bytes.
 */

/** A seeded random source. Every draw advances one shared mulberry32 state. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of a list, in random order (at most the list's length). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A shuffled copy of a list. */
  shuffle<T>(items: readonly T[]): T[];
  /** Approximately normal (sum of four uniforms), e.g. `normal(0, 1)`. */
  normal(mean: number, sd: number): number;
  /** Log-normal around a median: `logNormal(20_000, 0.5)` is mostly 8k..50k. */
  logNormal(median: number, sigma: number): number;
  /** `length` lower-case hex digits, e.g. a span id with `hex(32)`. */
  hex(length: number): string;
}

/** The mulberry32 step function: the project's one seeded PRNG, shared with the metrics layer. */
export const mulberry32: (seed: number) => () => number = createRandom;

/** A 32-bit hash of a string (FNV-1a with a final avalanche), e.g. to seed a per-cell stream. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A random source seeded by a number. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const float = (min: number, max: number): number => min + (max - min) * next();
  const int = (min: number, max: number): number => Math.floor(float(min, max + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  };
  const normal = (mean: number, sd: number): number => {
    // Irwin–Hall with n = 4: variance 4/12, so scale by sqrt(3).
    const sum = next() + next() + next() + next() - 2;
    return mean + sd * sum * Math.sqrt(3);
  };
  return {
    next,
    float,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    shuffle,
    normal,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
    hex: (length) => {
      let out = '';
      while (out.length < length) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
      return out.slice(0, length);
    },
  };
}

/** A random source for one named stream of a seed, e.g. `deriveRng(42, 'cell', cellId)`; independent of draw order elsewhere. */
export function deriveRng(seed: number, ...keys: string[]): Rng {
  return createRng(hashString(`${seed}|${keys.join('|')}`));
}

/** Logistic function, 0..1: turns a skill-minus-difficulty score into a probability. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Clamps a number into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
