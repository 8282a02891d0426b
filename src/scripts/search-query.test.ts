import { describe, expect, it } from 'vitest';
import {
  decodeEntities, exactFilters, facetOptions, isEmptyState, orderResults, pagefindFilters, paramsFromState, resultSummary, resultView, snippetParts, stateFromParams,
  type PagefindData, type PagefindResult,
} from './search-query.ts';

const result = (id: string, score = 1): PagefindResult => ({ id, score, data: () => Promise.reject(new Error('not loaded')) });

describe('search state in the address', () => {
  it('reads the query and the filters the page offers, and writes them back', () => {
    const state = stateFromParams(new URLSearchParams('q=kimi&tui=aider&tui=goose&tui=aider&outcome=&key=x&sort=1'));
    expect(state).toEqual({ query: 'kimi', selected: { tui: ['aider', 'goose'] } });
    expect(paramsFromState(state).toString()).toBe('q=kimi&tui=aider&tui=goose');
  });

  it('leaves out an empty query', () => {
    expect(paramsFromState({ query: '  ', selected: { type: ['cell'] } }).toString()).toBe('type=cell');
    expect(stateFromParams(new URLSearchParams(''))).toEqual({ query: '', selected: {} });
  });

  it.each([
    [{ query: '', selected: {} }, true],
    [{ query: '  ', selected: { tui: [] } }, true],
    [{ query: 'x', selected: {} }, false],
    [{ query: '', selected: { tui: ['aider'] } }, false],
  ])('isEmptyState(%j) = %j', (state, empty) => {
    expect(isEmptyState(state)).toBe(empty);
  });
});

describe('Pagefind filters', () => {
  it('asks for any chosen value of a filter, and every filter', () => {
    expect(pagefindFilters({ tui: ['aider', 'goose'], model: [], type: ['cell'] })).toEqual({ tui: { any: ['aider', 'goose'] }, type: { any: ['cell'] } });
  });

  it('looks up pages whose own id is the query, within the chosen filters', () => {
    expect(exactFilters({ query: ' Rust-Error-Negated ', selected: { sweep: ['s1'] } })).toEqual({ sweep: { any: ['s1'] }, key: { any: ['rust-error-negated'] } });
    expect(exactFilters({ query: '  ', selected: {} })).toBeNull();
  });
});

describe('orderResults', () => {
  it('lists the pages named by the query first, then the ranking, each page once', () => {
    expect(orderResults([result('task1'), result('task2')], [result('cell1', 9), result('task2', 5), result('cell2', 3)]).map((r) => r.id)).toEqual(['task1', 'task2', 'cell1', 'cell2']);
    expect(orderResults([], [result('a'), result('b')]).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('facetOptions', () => {
  it('labels choices in the site’s words, kinds in the site’s order, the rest by name, and leaves out empty filters', () => {
    const values = { tui: { goose: 3, aider: 5 }, type: { cell: 9, tui: 2, sweep: 1 }, outcome: { timeout: 1, infra: 1, pass: 2, fail: 1 }, key: { aider: 1 } };
    expect(facetOptions(values, { tui: { aider: 2 } })).toEqual([
      { key: 'type', label: 'Type', options: [{ value: 'sweep', label: 'Sweep', count: 0 }, { value: 'tui', label: 'CLI', count: 0 }, { value: 'cell', label: 'Cell', count: 0 }] },
      { key: 'tui', label: 'CLI', options: [{ value: 'aider', label: 'aider', count: 2 }, { value: 'goose', label: 'goose', count: 0 }] },
      {
        key: 'outcome',
        label: 'Outcome',
        options: [
          { value: 'pass', label: 'Passed', count: 0 },
          { value: 'fail', label: 'Failed', count: 0 },
          { value: 'timeout', label: 'Timed out', count: 0 },
          { value: 'infra', label: 'Not scored: infra failure', count: 0 },
        ],
      },
    ]);
  });
});

describe('snippets', () => {
  it.each([
    ['a &amp; b &lt;i&gt; &#39;c&#x27; &quot;d&quot; &#128512;', `a & b <i> 'c' "d" 😀`],
    ['&unknown; &#0; &#xFFFFFFF;', '&unknown; &#0; &#xFFFFFFF;'],
  ])('decodeEntities(%j) = %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });

  it('reads only <mark> as markup: anything else stays text', () => {
    expect(snippetParts('a <mark>b &amp; c</mark> d')).toEqual([{ text: 'a ', mark: false }, { text: 'b & c', mark: true }, { text: ' d', mark: false }]);
    expect(snippetParts('&lt;script&gt;x&lt;/script&gt; <mark><img src=x onerror=alert(1)></mark>')).toEqual([
      { text: '<script>x</script> ', mark: false },
      { text: '<img src=x onerror=alert(1)>', mark: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('resultView', () => {
  const data = (filters: PagefindData['filters'], meta: PagefindData['meta'] = { title: 'aider (CLI) in s1' }): PagefindData => ({ url: '/sweeps/s1/tui/aider/', excerpt: '<mark>aider</mark> ran', meta, filters });

  it('shows the title, the kind of page in words, the sweep and the snippet', () => {
    expect(resultView(data({ type: ['tui'], sweep: ['s1'] }))).toEqual({ href: '/sweeps/s1/tui/aider/', title: 'aider (CLI) in s1', kind: 'CLI', sweep: 's1', outcomes: [], snippet: [{ text: 'aider', mark: true }, { text: ' ran', mark: false }] });
  });

  it('says what a cell’s runs came to, which its snippet may not', () => {
    expect(resultView(data({ type: ['cell'], outcome: ['pass', 'timeout'] })).outcomes).toEqual(['Passed', 'Timed out']);
  });

  it('falls back to the address for a title and to a site page for a kind', () => {
    expect(resultView(data({}, {}))).toMatchObject({ title: '/sweeps/s1/tui/aider/', kind: 'Site page', sweep: null });
  });
});

describe('resultSummary', () => {
  it.each([
    [0, { query: 'zzz', selected: {} }, 'No results for “zzz”.'],
    [1, { query: ' aider ', selected: {} }, '1 result for “aider”.'],
    [1234, { query: 'kimi', selected: { type: ['cell'] } }, '1,234 results for “kimi” with the chosen filters.'],
    [3, { query: '', selected: { type: ['cell'] } }, '3 results with the chosen filters.'],
  ])('%d, %j -> %s', (count, state, text) => {
    expect(resultSummary(count, state)).toBe(text);
  });
});
