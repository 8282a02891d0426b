/**
 * Ranks values with higher = better (rank 1 = largest), giving tied values
 * the average of the positions they span ("mid-rank" or fractional ranking,
 * as in Spearman's rho). Used inside bootstrap resamples, where breaking
 * ties by name would make identical configs look strictly ordered.
 * `-Infinity` is allowed and ranks last.
 *
 * @param values one score per item (NaN is rejected).
 * @returns ranks aligned with `values`, in 1..n, possibly halves.
 * @example
 * midRanks([0.5, 0.9, 0.5]); // [2.5, 1, 2.5]
 */
export function midRanks(values: readonly number[]): number[] {
  for (const v of values) {
    if (Number.isNaN(v)) throw new RangeError('midRanks: NaN is not rankable');
  }
  const order = values.map((_, i) => i).sort((i, j) => (values[j] as number) - (values[i] as number) || i - j);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    const v = values[order[start] as number];
    let end = start + 1;
    while (end < order.length && values[order[end] as number] === v) end++;
    // Positions start..end-1 are 0-based; their 1-based average is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let p = start; p < end; p++) ranks[order[p] as number] = rank;
    start = end;
  }
  return ranks;
}
