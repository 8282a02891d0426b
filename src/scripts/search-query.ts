/**
 * The search page's logic without the DOM: the parts of Pagefind's browser API it uses, the
 * filters and address of a search, the order of results, facet choices and snippets.
 */

import { EXACT_KEY_FILTER, facetValueLabel, facetValueOrder, PAGE_KINDS, SEARCH_FACETS, searchKeyOf } from '../view/search-facets.ts';

/** Filter value counts, by filter and value: `{ type: { cell: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One result of a Pagefind search, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** What Pagefind knows of a result's page. */
export interface PagefindData {
  url: string;
  /** Text around the match, HTML-escaped, with `<mark>` around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A Pagefind search's answer. */
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per value, the results of the search with that value as the only filter. */
  totalFilters: FilterCounts;
}

/** Pagefind's filters: each key to any of its values. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The parts of Pagefind's browser API (`pagefind.js`) the search page uses. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (bundlePath: string, options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options: { filters: PagefindFilters }) => Promise<PagefindResponse | null>;
}

/** What a reader asked: the text, and the chosen values of each filter. */
export interface SearchState {
  query: string;
  selected: Record<string, string[]>;
}

/**
 * The state in a page address: `?q=timeout&outcome=timeout&type=cell`. Only the filters the page
 * offers are read.
 *
 * @example
 * stateFromParams(new URLSearchParams('q=kimi&tui=aider&tui=goose')); // { query: 'kimi', selected: { tui: ['aider', 'goose'] } }
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const selected: Record<string, string[]> = {};
  for (const { key } of SEARCH_FACETS) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) selected[key] = [...new Set(values)];
  }
  return { query: params.get('q') ?? '', selected };
}

/** The address parameters of a state, so a search can be linked and survives a reload. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const { key } of SEARCH_FACETS) for (const v of state.selected[key] ?? []) params.append(key, v);
  return params;
}

/** True when there is nothing to search for. */
export function isEmptyState(state: SearchState): boolean {
  return state.query.trim() === '' && Object.values(state.selected).every((v) => v.length === 0);
}

/** Pagefind filters of the chosen values: any value of a filter, every filter. */
export function pagefindFilters(selected: Record<string, readonly string[]>): PagefindFilters {
  return Object.fromEntries(Object.entries(selected).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: [...v] }]));
}

/** The filters of the search for pages whose own id is the query: the chosen ones and the query as an exact key. */
export function exactFilters(state: SearchState): PagefindFilters | null {
  const key = searchKeyOf(state.query);
  return key === '' ? null : { ...pagefindFilters(state.selected), [EXACT_KEY_FILTER]: { any: [key] } };
}

/**
 * Results in the order shown: pages whose own id is the query first (in index order: the site's
 * pages, then sweeps newest first), then Pagefind's ranking, each page once.
 */
export function orderResults(exact: readonly PagefindResult[], ranked: readonly PagefindResult[]): PagefindResult[] {
  const byId = new Map<string, PagefindResult>();
  for (const r of [...exact, ...ranked]) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()];
}

/** One choice of a filter on the search page. */
export interface FacetOption {
  value: string;
  label: string;
  /** Results for the query with this value alone; all pages before a query. */
  count: number;
}

const byLabel = (a: FacetOption, b: FacetOption): number => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/**
 * The choices of each filter the page offers, labelled in the site's words: page kinds and
 * outcomes in the site's order (unknown values last), ids by name. Filters with no value in the
 * index are left out.
 */
export function facetOptions(values: FilterCounts, counts: FilterCounts): Array<{ key: string; label: string; options: FacetOption[] }> {
  return SEARCH_FACETS.flatMap(({ key, label }) => {
    const options = Object.keys(values[key] ?? {}).map((value) => ({ value, label: facetValueLabel(key, value), count: counts[key]?.[value] ?? 0 }));
    const order = facetValueOrder(key);
    const rank = (o: FacetOption): number => (order === null || !order.includes(o.value) ? Number.MAX_SAFE_INTEGER : order.indexOf(o.value));
    options.sort((a, b) => rank(a) - rank(b) || byLabel(a, b));
    return options.length === 0 ? [] : [{ key, label, options }];
  });
}

/** A result as a reader sees it. */
export interface ResultView {
  href: string;
  title: string;
  /** The kind of page, e.g. `Cell`, `CLI`. */
  kind: string;
  sweep: string | null;
  /** A cell's outcomes in words, one per outcome its runs had, e.g. `Passed`, `Timed out`. */
  outcomes: string[];
  snippet: SnippetPart[];
}

/** A run of snippet text, marked when it matched the query. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references decoded; unknown ones kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A Pagefind excerpt as plain text runs, marked where Pagefind put `<mark>`. Only `<mark>` is
 * read as markup; everything else is text, so the page never parses markup from the index.
 *
 * @example
 * snippetParts('a <mark>b &amp; c</mark> d'); // [{ text: 'a ', mark: false }, { text: 'b & c', mark: true }, { text: ' d', mark: false }]
 */
export function snippetParts(excerpt: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') mark = piece === '<mark>';
    else if (piece !== '') parts.push({ text: decodeEntities(piece), mark });
  }
  return parts;
}

/** What a result shows: its page's title, kind, sweep, a cell's outcomes (which the snippet may not name) and the snippet. */
export function resultView(data: PagefindData): ResultView {
  const kind = data.filters['type']?.[0];
  return {
    href: data.url,
    title: data.meta['title'] ?? data.url,
    kind: kind === undefined ? PAGE_KINDS.page : facetValueLabel('type', kind),
    sweep: data.filters['sweep']?.[0] ?? null,
    outcomes: (data.filters['outcome'] ?? []).map((o) => facetValueLabel('outcome', o)),
    snippet: snippetParts(data.excerpt),
  };
}

/**
 * The status line after a search: how many results, for what.
 *
 * @example
 * resultSummary(1, { query: 'aider', selected: {} }); // '1 result for “aider”.'
 * resultSummary(0, { query: '', selected: { type: ['cell'] } }); // 'No results with the chosen filters.'
 */
export function resultSummary(count: number, state: SearchState): string {
  const what = state.query.trim() === '' ? 'with the chosen filters' : `for “${state.query.trim()}”${Object.values(state.selected).some((v) => v.length > 0) ? ' with the chosen filters' : ''}`;
  return `${count === 0 ? 'No results' : `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'}`} ${what}.`;
}
