import type { Term } from '@/schemas/taxonomies';
import { type Facet, type FacetFields, facetValues } from './databankFacets';

/** A facet value with the number of entries that have it. */
export interface CountedTerm {
  id: string;
  label: string;
  count: number;
}

/** How many entries have each value of a facet, in the taxonomy's order, zeros included. */
export function facetCounts(entries: readonly FacetFields[], facet: Facet, terms: readonly Term[]): CountedTerm[] {
  return terms.map((t) => ({
    id: t.id,
    label: t.label,
    count: entries.filter((e) => facetValues(e, facet).includes(t.id)).length,
  }));
}
