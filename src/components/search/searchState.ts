import type { FacetKey } from '@/utils/databankFacets';

/**
 * The facets of src/utils/databankFacets.ts in the order the search page shows them (the kind of
 * page first); they match data-pagefind-filter keys. Only the order is written here: the type
 * admits no other key and a unit test demands every facet. A type import only, so the search
 * script stays one file without a shared chunk (the offline archive runs it as a classic script).
 */
export const FILTER_KEYS = ['type', 'thema', 'doelgroep', 'provincie'] as const satisfies readonly FacetKey[];
export type FilterKey = FacetKey;
export type SortOrder = 'relevantie' | 'datum';

/** Everything a search result list depends on; it lives in the URL so a link or reload repeats it. */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

/** Reads ?q=…&thema=…&sort=… as the GET form writes it. */
export function readState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))]]),
  ) as Record<FilterKey, string[]>;
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'datum' ? 'datum' : 'relevantie' };
}

/** The inverse of readState, leaving out what is empty or default so URLs stay short. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevantie') params.set('sort', state.sort);
  return params;
}

/** True when at least one filter value is chosen. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state.filters[key].length > 0);
}
