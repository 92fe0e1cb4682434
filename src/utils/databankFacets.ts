import type { TaxonomyName } from '@/schemas/taxonomies';

/** Front matter fields of a good practice that the facets read. */
export interface FacetFields {
  type: string;
  themas: string[];
  doelgroepen: string[];
  provincies: string[];
}

/** One facet of the Databank: its URL segment and query key, the field it reads and the taxonomy of its values. */
export interface Facet {
  key: 'thema' | 'type' | 'doelgroep' | 'provincie';
  field: keyof FacetFields;
  taxonomy: TaxonomyName;
}

/**
 * The facets in the order visitors see them. The key is both the URL segment of the static
 * facet pages (/databank/thema/<id>/) and the query parameter of the in-page filter (?thema=<id>),
 * so a shared filtered view reads like the pages it combines. Kept free of Node imports: the filter script bundles it.
 */
export const FACETS: readonly Facet[] = [
  { key: 'thema', field: 'themas', taxonomy: 'thema' },
  { key: 'type', field: 'type', taxonomy: 'praktijktype' },
  { key: 'doelgroep', field: 'doelgroepen', taxonomy: 'doelgroep' },
  { key: 'provincie', field: 'provincies', taxonomy: 'provincie' },
];

export type FacetKey = Facet['key'];

/** The values an entry has for a facet, always as a list (type is a single value). */
export function facetValues(data: FacetFields, facet: Facet): string[] {
  const value = data[facet.field];
  return Array.isArray(value) ? value : [value];
}
