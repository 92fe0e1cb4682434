/** Fiches per page of results, on the Databank overview and on every facet page, with or without JavaScript. */
export const PAGE_SIZE = 20;

/** One page of a list: its items and where they sit in the whole (1-based, `first` is 0 for an empty list). */
export interface PageSlice<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** The items of page `page` (1-based) of a list cut into pages of `size`; a list always has at least one page. */
export function pageSlice<T>(all: readonly T[], page: number, size = PAGE_SIZE): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const items = all.slice((current - 1) * size, current * size);
  const first = items.length === 0 ? 0 : (current - 1) * size + 1;
  return { items, page: current, pages, first, last: first === 0 ? 0 : first + items.length - 1, total: all.length };
}
