import { loadTaxonomy } from '@/schemas/taxonomies';
import { databankEntries, type Practice } from './databankEntries';
import { facetValues, type Facet } from './databankFacets';
import { facetGroups } from './facetGroups';
import type { CountedTerm } from './facetCounts';

/** One facet value with entries: its page lists exactly those entries, page by page. */
export interface FacetPage {
  facet: Facet;
  term: CountedTerm & { beschrijving?: string | undefined };
  entries: Practice[];
}

/** Every facet value that has entries; values without entries get no page and no link. */
export async function facetPages(): Promise<{ pages: FacetPage[]; groups: ReturnType<typeof facetGroups> }> {
  const entries = await databankEntries();
  const groups = facetGroups(entries.map((e) => e.data));
  const pages = groups.flatMap(({ facet, values }) =>
    values
      .filter((v) => v.count > 0)
      .map((v) => ({
        facet,
        term: { ...v, beschrijving: loadTaxonomy(facet.taxonomy).find((t) => t.id === v.id)?.beschrijving },
        entries: entries.filter((e) => facetValues(e.data, facet).includes(v.id)),
      })),
  );
  return { pages, groups };
}
