/**
 * Code-unit string order (not locale order), so sorting is identical on every machine. The
 * project's one string comparator: ingest, metrics and the build all sort with it.
 *
 * @example
 * ['b', 'B', 'a'].sort(compareStrings); // ['B', 'a', 'b']
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
