import { describe, expect, it } from 'vitest';
import { exactKeysOf, facetFilters, facetValueLabel, idWordsOf, pageFacetsOf, pageKindOf, SEARCH_FACETS, searchKeyOf } from './search-facets.ts';

describe('facetFilters', () => {
  it.each([
    [{}, []],
    [{ type: 'sweep', sweep: 's1' }, ['type:sweep', 'sweep:s1']],
    [{ type: 'cell', outcome: ['pass', 'timeout'] }, ['type:cell', 'outcome:pass', 'outcome:timeout']],
    [{ model: 'org/m:1', outcome: [] }, ['model:org/m:1']],
  ])('%j -> %j', (facets, filters) => {
    expect(facetFilters(facets)).toEqual(filters);
  });
});

describe('the search page’s names for filters', () => {
  it('calls them what the rest of the site does: CLI, never Tui', () => {
    expect(SEARCH_FACETS.map((f) => f.label)).toEqual(['Type', 'Sweep', 'CLI', 'Model', 'Category', 'Outcome']);
  });

  it.each([
    ['type', 'tui', 'CLI'],
    ['type', 'compare', 'Head-to-head'],
    ['type', 'page', 'Site page'],
    ['outcome', 'pass', 'Passed'],
    ['outcome', 'timeout', 'Timed out'],
    ['outcome', 'infra', 'Not scored: infra failure'],
    ['outcome', 'unscored', 'Not scored'],
    ['outcome', 'toString', 'toString'],
    ['tui', 'aider', 'aider'],
    ['model', 'meta/llama-3.3-70b-instruct', 'meta/llama-3.3-70b-instruct'],
  ])('%s %s -> %s', (key, value, label) => {
    expect(facetValueLabel(key, value)).toBe(label);
  });
});

describe('pageKindOf and pageFacetsOf', () => {
  it.each([
    ['/', 'page', null],
    ['/methodology/', 'page', null],
    ['/sweeps/', 'page', null],
    ['/sweeps/s1/', 'sweep', 's1'],
    ['/sweeps/s1/cell/aider/meta/m/cat/t/', 'cell', 's1'],
    ['/sweeps/s1/tui/aider/', 'tui', 's1'],
    ['/sweeps/s1/compare/', 'compare', 's1'],
    ['/sweeps/s1/diff/s0/', 'diff', 's1'],
    ['/sweeps/s1/pagefind/', 'page', 's1'],
  ])('%s is a %s page of sweep %s', (path, kind, sweep) => {
    expect(pageKindOf(path)).toEqual({ kind, sweep });
  });

  it('fills in kind and sweep, and keeps what the page says', () => {
    expect(pageFacetsOf('/sweeps/s1/task/a/b/', {})).toEqual({ type: 'task', sweep: 's1' });
    expect(pageFacetsOf('/about/', {})).toEqual({ type: 'page' });
    expect(pageFacetsOf('/sweeps/s1/cell/x/', { type: 'cell', outcome: ['pass'] })).toEqual({ type: 'cell', sweep: 's1', outcome: ['pass'] });
  });
});

describe('exact keys', () => {
  it.each([
    ['  Aider×Moonshotai/Kimi-K2 ', 'aider × moonshotai/kimi-k2'],
    ['rust-error-negated', 'rust-error-negated'],
    ['a \t  b', 'a b'],
    ['   ', ''],
  ])('searchKeyOf(%j) = %j', (text, key) => {
    expect(searchKeyOf(text)).toBe(key);
  });

  it.each([
    [{ kind: 'task', id: 'mutations/rust-error-negated' }, ['mutations/rust-error-negated', 'rust-error-negated']],
    [{ kind: 'model', id: 'openrouter/qwen/Qwen2.5:free' }, ['openrouter/qwen/qwen2.5:free', 'qwen/qwen2.5:free', 'qwen2.5:free']],
    [{ kind: 'model', id: 'gpt-4o' }, ['gpt-4o']],
    [{ kind: 'tui', id: 'aider' }, ['aider']],
    [{ kind: 'config', tui: 'aider', model: 'org/m' }, ['aider × org/m', 'aider/org/m']],
  ] as const)('exactKeysOf(%j) = %j', (page, keys) => {
    expect(exactKeysOf(page)).toEqual(keys);
  });

  it('matches what a reader types, whatever its case and spacing', () => {
    expect(exactKeysOf({ kind: 'config', tui: 'aider', model: 'moonshotai/kimi-k2' })).toContain(searchKeyOf('Aider × moonshotai/Kimi-K2'));
    expect(exactKeysOf({ kind: 'model', id: 'moonshotai/kimi-k2' })).toContain(searchKeyOf('KIMI-K2'));
  });

  it.each([
    [{ kind: 'model', id: 'moonshotai/kimi-k2' }, ['moonshotai/kimi-k2', 'kimi-k2']],
    [{ kind: 'config', tui: 'aider', model: 'org/m' }, ['aider', 'org/m', 'm']],
    [{ kind: 'sweep', id: 'cab-20260812' }, ['cab-20260812']],
  ] as const)('idWordsOf(%j) = %j', (page, words) => {
    expect(idWordsOf(page)).toEqual(words);
  });
});
