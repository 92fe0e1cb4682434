/** A page number to link, or a gap of several pages shown as an ellipsis. */
export type PaginationItem = number | 'ellipsis';

/**
 * The numbered links of the GOV.UK pagination pattern: the first and last page, the current one and
 * its neighbours, and an ellipsis for each longer gap (a gap of one page shows that page instead).
 */
export function paginationItems(current: number, pages: number): PaginationItem[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  shown.forEach((n, i) => {
    const previous = shown[i - 1];
    if (previous !== undefined && n - previous === 2) items.push(n - 1);
    else if (previous !== undefined && n - previous > 2) items.push('ellipsis');
    items.push(n);
  });
  return items;
}
