/** Which values are chosen per facet key; a facet without values does not narrow the list. */
export type Selection = Record<string, readonly string[]>;

/** What the filter knows of one list item. */
export interface FilterItem {
  /** Values per facet key. */
  facets: Record<string, readonly string[]>;
  /** Searchable text, already folded with foldText. */
  text: string;
}

/** Lower case without accents, so "polarisatie" finds "Polarisatie" and "een" finds "één". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query; an item matches when its text holds every word. */
export function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/** OR within a facet, AND across facets and the search words. `skip` leaves one facet out, for its counts. */
export function matchesItem(item: FilterItem, selection: Selection, words: readonly string[], skip?: string): boolean {
  for (const [key, chosen] of Object.entries(selection)) {
    if (key === skip || chosen.length === 0) continue;
    const values = item.facets[key] ?? [];
    if (!chosen.some((c) => values.includes(c))) return false;
  }
  return words.every((w) => item.text.includes(w));
}

/** Result of a filter run: which items stay visible and, per facet value, how many would be shown when it is ticked too. */
export interface FilterResult {
  visible: boolean[];
  total: number;
  counts: Record<string, Record<string, number>>;
}

/**
 * Filters the items and recounts every facet value the way faceted search usually does:
 * a value's count is the number of matches of all other facets and the search, with that value.
 * Within a ticked facet the counts therefore do not drop to the current result, so OR stays visible.
 */
export function applyFilters(items: readonly FilterItem[], selection: Selection, query: string, facetKeys: readonly string[]): FilterResult {
  const words = queryWords(query);
  const active = Object.entries(selection).filter(([, chosen]) => chosen.length > 0);
  const counts: Record<string, Record<string, number>> = Object.fromEntries(facetKeys.map((k) => [k, {}]));
  const add = (key: string, item: FilterItem) => {
    const perValue = counts[key];
    if (perValue) for (const v of item.facets[key] ?? []) perValue[v] = (perValue[v] ?? 0) + 1;
  };
  // One pass: an item that fails no facet is shown and counts for every facet; one that fails exactly
  // one facet counts only for that facet (ticking a value there would show it). Same result as
  // matching once per facet with that facet left out, but one match per item instead of one per facet.
  const visible = items.map((item) => {
    if (!words.every((w) => item.text.includes(w))) return false;
    let failed: string | undefined;
    for (const [key, chosen] of active) {
      const values = item.facets[key] ?? [];
      if (chosen.some((c) => values.includes(c))) continue;
      if (failed !== undefined) return false;
      failed = key;
    }
    if (failed !== undefined) {
      add(failed, item);
      return false;
    }
    for (const key of facetKeys) add(key, item);
    return true;
  });
  return { visible, total: visible.filter(Boolean).length, counts };
}
