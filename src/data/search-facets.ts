/**
 * Search filters of a page, e.g. `{ type: 'cell', sweep: 'free-20260527', outcome: ['pass', 'fail'] }`:
 * one value, or several when the page stands for several runs.
 */
export type SearchFacets = Readonly<Record<string, string | readonly string[]>>;

/**
 * The `key:value` filters Pagefind reads from a page (`data-pagefind-filter`), one per value, in
 * the order given, so the index is the same on every build.
 *
 * @example
 * facetFilters({ type: 'cell', outcome: ['pass', 'timeout'] }); // ['type:cell', 'outcome:pass', 'outcome:timeout']
 */
export function facetFilters(facets: SearchFacets): string[] {
  return Object.entries(facets).flatMap(([key, value]) => (typeof value === 'string' ? [value] : value).map((v) => `${key}:${v}`));
}
