import { describe, expect, it } from 'vitest';
import { hasFilters, readState, writeState } from '@/components/search/searchState';

describe('search state in the URL', () => {
  it('reads the query, repeated filter values and the sort order', () => {
    const state = readState(new URLSearchParams('q=+polarisatie+&thema=A&thema=B&type=Project&sort=datum'));
    expect(state.q).toBe('polarisatie');
    expect(state.filters.thema).toEqual(['A', 'B']);
    expect(state.filters.type).toEqual(['Project']);
    expect(state.filters.provincie).toEqual([]);
    expect(state.sort).toBe('datum');
  });

  it('ignores unknown keys, empty values and an unknown sort order', () => {
    const state = readState(new URLSearchParams('x=1&thema=&sort=random'));
    expect(hasFilters(state)).toBe(false);
    expect(state.sort).toBe('relevantie');
  });

  it('writes back the same URL it read, leaving out defaults', () => {
    const query = 'q=wij-zij&type=Goede+praktijk&provincie=Limburg&sort=datum';
    expect(writeState(readState(new URLSearchParams(query))).toString()).toBe(query);
    expect(writeState(readState(new URLSearchParams('sort=relevantie'))).toString()).toBe('');
  });
});
