import { loadTaxonomy } from '@/schemas/taxonomies';
import { FACETS, type Facet, type FacetFields } from './databankFacets';
import { facetCounts, type CountedTerm } from './facetCounts';

/** Every facet with the counts of all its values over the given entries. */
export function facetGroups(entries: readonly FacetFields[]): { facet: Facet; values: CountedTerm[] }[] {
  return FACETS.map((facet) => ({ facet, values: facetCounts(entries, facet, loadTaxonomy(facet.taxonomy)) }));
}
