import type { Selection } from './filterPractices';

/** The filter as it lives in the address bar: ?thema=a&thema=b&provincie=c&q=words&pagina=2. */
export interface FilterState {
  selection: Selection;
  query: string;
  /** The page of results, from 1; left out of the URL on page 1. */
  page?: number | undefined;
}

/** Reads the filter from a query string; unknown keys and values are dropped so an old link cannot break the page. */
export function readFilterState(search: string, allowed: Readonly<Record<string, readonly string[]>>): FilterState {
  const params = new URLSearchParams(search);
  const selection: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(allowed)) {
    const chosen = [...new Set(params.getAll(key).flatMap((v) => v.split(',')))].filter((v) => values.includes(v));
    if (chosen.length > 0) selection[key] = chosen;
  }
  const page = Number.parseInt(params.get('pagina') ?? '', 10);
  return { selection, query: (params.get('q') ?? '').trim(), ...(page > 1 && { page }) };
}

/** Writes the filter as a query string ("" when nothing is chosen), facets in the given order for stable URLs. */
export function writeFilterState(state: FilterState, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keys) for (const v of state.selection[key] ?? []) params.append(key, v);
  if (state.query.trim()) params.set('q', state.query.trim());
  if ((state.page ?? 1) > 1) params.set('pagina', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
