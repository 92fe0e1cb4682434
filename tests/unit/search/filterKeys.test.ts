import { describe, expect, it } from 'vitest';
import { FILTER_KEYS } from '@/components/search/searchState';
import { FACETS } from '@/utils/databankFacets';

describe('the search page filters', () => {
  it('offer every facet of the Databank, each once', () => {
    expect([...FILTER_KEYS].sort()).toEqual(FACETS.map((f) => f.key).sort());
  });
});
