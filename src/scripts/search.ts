import { SEARCH_BRIDGE_EVENT, SEARCH_RANKING } from '../view/search-facets.ts';
import {
  exactFilters, facetOptions, isEmptyState, orderResults, pagefindFilters, paramsFromState, resultSummary, resultView, stateFromParams,
  type FilterCounts, type PagefindApi, type PagefindResult, type SearchState,
} from './search-query.ts';
import { readSelected, renderFacets, resultItem, updateChosen, updateCounts } from './search-view.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;

/** The elements of the search form that search.astro renders. */
interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  facets: HTMLElement;
  /** Where the page says why there is no search (no JavaScript, opened from a file, no index). */
  fallback: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function findElements(): SearchElements | null {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[data-search-input]');
  const facets = form?.querySelector<HTMLElement>('[data-search-facets]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const status = form?.querySelector<HTMLElement>('[data-search-status]');
  const list = form?.querySelector<HTMLOListElement>('ol[data-search-results]');
  const more = form?.querySelector<HTMLButtonElement>('button[data-search-more]');
  if (form == null || input == null || facets == null || fallback === null || status == null || list == null || more == null) return null;
  return { form, input, facets, fallback, status, list, more };
}

/**
 * Runs searches as the reader types or picks filters: pages whose own id is the query first,
 * then Pagefind's ranking; results shown ten at a time, the state kept in the address.
 */
function wire(pagefind: PagefindApi, els: SearchElements, values: FilterCounts): () => Promise<void> {
  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  const showMore = async (mine: number, focus: boolean): Promise<void> => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    const items = data.map((d) => resultItem(resultView(d)));
    els.list.append(...items);
    shown += batch.length;
    els.more.hidden = shown >= results.length;
    // Keyboard readers continue where the new results start, not back at the button's old place.
    if (focus) items[0]?.querySelector('a')?.focus();
  };
  const search = async (): Promise<void> => {
    const mine = ++generation;
    const state: SearchState = { query: els.input.value, selected: readSelected(els.facets) };
    const params = paramsFromState(state).toString();
    history.replaceState(null, '', `${location.pathname}${params === '' ? '' : `?${params}`}${location.hash}`);
    if (isEmptyState(state)) {
      results = [];
      els.list.replaceChildren();
      els.more.hidden = true;
      updateCounts(els.facets, values);
      els.status.textContent = 'Type to search, or choose filters.';
      return;
    }
    const exact = exactFilters(state);
    const own = exact === null ? null : await pagefind.search(null, { filters: exact });
    const ranked = await pagefind.search(state.query.trim() === '' ? null : state.query, { filters: pagefindFilters(state.selected) });
    if (mine !== generation || ranked === null) return;
    results = orderResults(own?.results ?? [], ranked.results);
    shown = 0;
    els.list.replaceChildren();
    updateCounts(els.facets, ranked.totalFilters);
    await showMore(mine, false);
    if (mine === generation) els.status.textContent = resultSummary(results.length, state);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  els.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  els.facets.addEventListener('change', () => {
    updateChosen(els.facets);
    void search();
  });
  els.more.addEventListener('click', () => void showMore(generation, true));
  return search;
}

/** Loads every sweep's index into Pagefind beside the site's own, builds the filters and starts searching. */
async function start(pagefind: PagefindApi, els: SearchElements): Promise<void> {
  await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: 30 });
  // Pagefind resolves a merged index's results against the bundle's own folder; they are site paths, so against the site root.
  const siteRoot = new URL('../', location.href).pathname;
  const bundles = JSON.parse(els.form.dataset['searchBundles'] ?? '[]') as string[];
  for (const b of bundles) await pagefind.mergeIndex(new URL(b, location.href).pathname, { baseUrl: siteRoot, ranking: SEARCH_RANKING });
  const values = await pagefind.filters();
  const state = stateFromParams(new URLSearchParams(location.search));
  els.input.value = state.query;
  renderFacets(els.facets, facetOptions(values, values), state.selected);
  els.form.hidden = false;
  els.fallback.hidden = true;
  await wire(pagefind, els, values)();
}

/**
 * The search page's script. Pagefind's API is an ES module, which an offline copy opened from a
 * file cannot load; this script stays a classic one there (no `import()` of its own) and says
 * so, keeping the plain index of everything. Served over http(s), it loads the index's bridge
 * module (written beside Pagefind's files), which hands over the API by an event.
 */
export function enableSearch(): void {
  const els = findElements();
  if (els === null) return;
  if (location.protocol === 'file:') {
    els.fallback.textContent = 'Search needs the site served over http(s): browsers do not let a page opened from a file load the search index. Use the index of everything below, or serve the folder (npm run serve).';
    return;
  }
  const failed = (): void => {
    els.form.hidden = true;
    els.fallback.hidden = false;
    els.fallback.textContent = 'The search index could not be loaded. Use the index of everything below.';
  };
  els.fallback.textContent = 'Loading the search index…';
  document.addEventListener(SEARCH_BRIDGE_EVENT, (event) => void start((event as CustomEvent<PagefindApi>).detail, els).catch(failed), { once: true });
  const script = document.createElement('script');
  script.type = 'module';
  script.src = new URL(els.form.dataset['searchBridge'] ?? '', location.href).href;
  script.addEventListener('error', failed);
  document.head.append(script);
}
