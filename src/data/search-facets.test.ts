import { describe, expect, it } from 'vitest';
import { facetFilters } from './search-facets.ts';

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
