/**
 * The search vocabulary shared by the pages, the index and the search page's script: which
 * filters a page has, what the search page calls them, and the exact keys a page is found by.
 * Plain data and string functions only, so the search page's script can import it.
 */

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

/** The filters the search page offers, in its order, with the names the rest of the site uses. */
export const SEARCH_FACETS: ReadonlyArray<{ key: string; label: string }> = [
  { key: 'type', label: 'Type' },
  { key: 'sweep', label: 'Sweep' },
  { key: 'tui', label: 'CLI' },
  { key: 'model', label: 'Model' },
  { key: 'category', label: 'Category' },
  { key: 'outcome', label: 'Outcome' },
];

/** Kinds of page (the `type` filter), each with the name a result shows, in the order the filter lists them. */
export const PAGE_KINDS = {
  sweep: 'Sweep',
  config: 'Config',
  tui: 'CLI',
  model: 'Model',
  task: 'Task',
  category: 'Category',
  cell: 'Cell',
  compare: 'Head-to-head',
  failures: 'Failure modes',
  diff: 'Sweep diff',
  page: 'Site page',
} as const;

/** A kind of page, e.g. `cell` or `tui`. */
export type PageKind = keyof typeof PAGE_KINDS;

/** Names of cell outcomes (`cellOutcomeOf`) in the site's words (`verdictOf`, `failureModeText`). */
const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  pass: 'Passed',
  fail: 'Failed',
  timeout: 'Timed out',
  infra: 'Not scored: infra failure',
  incompatible: 'Not scored: incompatible',
  harness: 'Not scored: harness failure',
  unscored: 'Not scored',
};

/** The values of a filter in the order the search page lists them, where the site has one (page kinds, outcomes); null for ids. */
export function facetValueOrder(key: string): readonly string[] | null {
  return key === 'type' ? Object.keys(PAGE_KINDS) : key === 'outcome' ? Object.keys(OUTCOME_LABELS) : null;
}

/**
 * What the search page calls a filter value: page kinds and outcomes in words, anything else
 * (sweep, CLI, model and category ids) as it is.
 *
 * @example
 * facetValueLabel('type', 'tui'); // 'CLI'
 * facetValueLabel('outcome', 'timeout'); // 'Timed out'
 * facetValueLabel('model', 'meta/llama-3.3-70b-instruct'); // 'meta/llama-3.3-70b-instruct'
 */
export function facetValueLabel(key: string, value: string): string {
  const labels: Readonly<Record<string, string>> = key === 'type' ? PAGE_KINDS : key === 'outcome' ? OUTCOME_LABELS : {};
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

const SWEEP_KINDS: ReadonlySet<string> = new Set(['cell', 'config', 'task', 'category', 'tui', 'model', 'compare', 'failures', 'diff']);

/**
 * The kind of page at a site path, and its sweep: `/sweeps/<id>/` is a sweep, `/sweeps/<id>/<kind>/…`
 * a page of that kind in it, anything else an archive-wide page.
 *
 * @example
 * pageKindOf('/sweeps/s1/tui/aider/'); // { kind: 'tui', sweep: 's1' }
 * pageKindOf('/methodology/'); // { kind: 'page', sweep: null }
 */
export function pageKindOf(path: string): { kind: PageKind; sweep: string | null } {
  const [root, sweep, kind] = path.split('/').filter((s) => s !== '');
  if (root !== 'sweeps' || sweep === undefined) return { kind: 'page', sweep: null };
  if (kind === undefined) return { kind: 'sweep', sweep };
  return { kind: SWEEP_KINDS.has(kind) ? (kind as PageKind) : 'page', sweep };
}

/**
 * A page's filters with its kind and sweep filled in from its address where the page does not
 * give them, so every result can be filtered by type and every sweep page by sweep.
 *
 * @example
 * pageFacetsOf('/sweeps/s1/task/a/b/', {}); // { type: 'task', sweep: 's1' }
 */
export function pageFacetsOf(path: string, facets: SearchFacets): SearchFacets {
  const { kind, sweep } = pageKindOf(path);
  return { type: kind, ...(sweep === null ? {} : { sweep }), ...facets };
}

/**
 * A query or an id as an exact key: lower case, `×` spaced, runs of white space as one space.
 *
 * @example
 * searchKeyOf('  Aider×Moonshotai/Kimi-K2 '); // 'aider × moonshotai/kimi-k2'
 */
export function searchKeyOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s*×\s*/g, ' × ').replace(/\s+/g, ' ').trim();
}

/** The part of an id after its first `/` and after its last, e.g. `qwen/x:free` and `x:free` of `openrouter/qwen/x:free`. */
function tailsOf(id: string): string[] {
  const first = id.indexOf('/');
  return first < 0 ? [] : [id.slice(first + 1), id.slice(id.lastIndexOf('/') + 1)];
}

/** What can name a page of a kind: a task, model, CLI, category or sweep id, or a config (CLI and model). */
export type PageId = { kind: 'config'; tui: string; model: string } | { kind: 'task' | 'model' | 'tui' | 'category' | 'sweep'; id: string };

/**
 * The exact keys a page is found by: its id, the id's last segments, and for a config its CLI
 * and model joined by `×` or `/`. A query equal to one of them (after `searchKeyOf`) lists the
 * page first.
 *
 * @example
 * exactKeysOf({ kind: 'task', id: 'mutations/rust-error-negated' }); // ['mutations/rust-error-negated', 'rust-error-negated']
 * exactKeysOf({ kind: 'config', tui: 'aider', model: 'org/m' }); // ['aider × org/m', 'aider/org/m']
 */
export function exactKeysOf(page: PageId): string[] {
  const keys = page.kind === 'config' ? [`${page.tui} × ${page.model}`, `${page.tui}/${page.model}`] : [page.id, ...tailsOf(page.id)];
  return [...new Set(keys.map(searchKeyOf))].filter((k) => k !== '');
}

/**
 * The words a page is known by beyond its title: each id whole and its last segments standing
 * alone, because the search index reads `org/name-with-dashes` as one word and a query of the
 * name alone would not match it.
 *
 * @example
 * idWordsOf({ kind: 'model', id: 'moonshotai/kimi-k2' }); // ['moonshotai/kimi-k2', 'kimi-k2']
 * idWordsOf({ kind: 'config', tui: 'aider', model: 'org/m' }); // ['aider', 'org/m', 'm']
 */
export function idWordsOf(page: PageId): string[] {
  const ids = page.kind === 'config' ? [page.tui, page.model] : [page.id];
  return [...new Set(ids.flatMap((id) => [id, ...tailsOf(id)]))];
}

/** The filter holding a page's exact keys; searched on its own, never shown. */
export const EXACT_KEY_FILTER = 'key';

/** The record field holding a page's own id words, so a match there ranks the page above those that only mention it. */
export const ID_META = 'id';

/** The record field holding other words a page is found by: ids it names, a cell's outcome words. */
export const TERMS_META = 'terms';

/**
 * Pagefind's ranking on every index. A query word found in a page's own id counts twice as much
 * as one in its title or its other words (Pagefind's default title weight is 5), so a model's
 * and its configs' pages rank above head-to-heads and cells that only name the model; outcome
 * words weigh as much as the title, so `timeout` lists the runs that timed out before the pages
 * that mention the word.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5, [ID_META]: 10, [TERMS_META]: 5 } } as const;

/**
 * The module written beside the archive-wide index that hands Pagefind's API (an ES module) to
 * the search page's script, which stays a classic script so an offline copy can run it.
 */
export const SEARCH_BRIDGE_PATH = '/pagefind/search-bridge.js';

/** The event the bridge dispatches on `document`, with Pagefind's API as its detail. */
export const SEARCH_BRIDGE_EVENT = 'sweepsite:pagefind';
