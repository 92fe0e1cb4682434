import { FACETS, facetValues, type FacetFields, type FacetKey } from './databankFacets';

/**
 * One fiche in the filter index: id, title, per facet (in FACETS order) the positions of its values
 * in `facetten`, municipalities and keywords. Positions instead of ids keep the file small.
 */
export type CompactFiche = [id: string, titel: string, facets: number[][], gemeenten: string[], sleutelwoorden: string[]];

/**
 * What the Databank filter loads before it shows a result: everything the list and the filters
 * need except the summaries, which come in parts of `perDeel` fiches (`delen`, in the same order,
 * named relative to the index so no root-relative URL is baked in).
 * Kept free of Node imports: the filter script reads this type.
 */
export interface FilterIndex {
  facetten: Record<FacetKey, { id: string; label: string }[]>;
  perDeel: number;
  delen: string[];
  fiches: CompactFiche[];
}

/** Fiches per part of the summaries: a page of results needs only the parts its fiches are in. */
export const SUMMARY_PART_SIZE = 20;

/** The index (without part URLs) and the summary parts, from the entries in list order. */
export function filterIndex(
  entries: readonly { id: string; data: FacetFields & { titel: string; samenvatting: string; gemeenten: string[]; sleutelwoorden: string[] } }[],
  facetten: FilterIndex['facetten'],
): { index: Omit<FilterIndex, 'delen'>; parts: string[][] } {
  const position = Object.fromEntries(FACETS.map((f) => [f.key, new Map(facetten[f.key].map((v, i) => [v.id, i]))]));
  const fiches = entries.map((e): CompactFiche => [
    e.id,
    e.data.titel,
    FACETS.map((f) => facetValues(e.data, f).map((v) => position[f.key]!.get(v)!)),
    e.data.gemeenten,
    e.data.sleutelwoorden,
  ]);
  const parts: string[][] = [];
  for (let i = 0; i < entries.length; i += SUMMARY_PART_SIZE) parts.push(entries.slice(i, i + SUMMARY_PART_SIZE).map((e) => e.data.samenvatting));
  return { index: { facetten, perDeel: SUMMARY_PART_SIZE, fiches }, parts };
}
