import { describe, expect, it } from 'vitest';
import { facetCounts } from '@/utils/facetCounts';
import { FACETS, facetValues } from '@/utils/databankFacets';
import { placeLabel } from '@/utils/placeLabel';
import { fixtureEntries } from './fixtures';
import { loadTaxonomy } from '@/schemas/taxonomies';

const facet = (key: string) => FACETS.find((f) => f.key === key)!;
const entries = fixtureEntries().map((e) => e.data);

describe('facet counts', () => {
  it('counts entries per theme, in the taxonomy order, zeros included', () => {
    const counts = facetCounts(entries, facet('thema'), loadTaxonomy('thema'));
    expect(counts.map((c) => [c.id, c.count])).toEqual([
      ['polarisering', 4],
      ['sociale-samenhang', 4],
      ['radicalisering', 0],
      ['haatspraak', 0],
      ['desinformatie', 0],
    ]);
  });

  it('reads the single type value like a list', () => {
    expect(facetValues(entries[0]!, facet('type'))).toHaveLength(1);
    const counts = facetCounts(entries, facet('type'), loadTaxonomy('praktijktype'));
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(entries.length);
  });

  it('uses the Dutch labels of the taxonomy', () => {
    expect(facetCounts(entries, facet('provincie'), loadTaxonomy('provincie')).find((c) => c.id === 'nederland')).toEqual({
      id: 'nederland', label: 'Nederland', count: 3,
    });
  });
});

describe('place label', () => {
  it('puts the provinces after the municipalities', () => {
    expect(placeLabel(['Mechelen', 'Lier'], ['Antwerpen'])).toBe('Mechelen, Lier (Antwerpen)');
  });
  it('shows only the provinces when no municipality is given', () => {
    expect(placeLabel([], ['Heel Vlaanderen'])).toBe('Heel Vlaanderen');
  });
});
