/** Bound of a {@link boundedMemo}: the total weight it keeps, and how a result is weighed. */
export interface MemoBound<V> {
  /** Total weight of kept results; e.g. 100_000 entries, or 64 Mi characters. */
  limit: number;
  /** Weight of one key and its result; 1 (count entries) when left out. */
  weigh?: (key: string, value: V) => number;
}

/**
 * Memoises a pure function of one string key, keeping results up to a bound: pages repeat the
 * same names, prompts and labels thousands of times, and the bound keeps hostile input (a million
 * distinct model names, or huge prompts) from growing the memo without end. Past the bound,
 * results are computed and not kept.
 *
 * @example
 * const slug = boundedMemo((s: string) => s.toLowerCase(), { limit: 10_000 });
 * slug('GPT-4o'); // 'gpt-4o', computed once
 */
export function boundedMemo<V>(compute: (key: string) => V, bound: MemoBound<V>): (key: string) => V {
  const memo = new Map<string, V>();
  const weigh = bound.weigh ?? (() => 1);
  let kept = 0;
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    const weight = weigh(key, value);
    if (kept + weight <= bound.limit) {
      memo.set(key, value);
      kept += weight;
    }
    return value;
  };
}
