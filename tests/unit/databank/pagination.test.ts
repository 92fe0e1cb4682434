import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageSlice } from '@/utils/pageSlice';
import { paginationItems } from '@/utils/paginationItems';
import { rangeLabel } from '@/utils/rangeLabel';
import { listingPagePath } from '@/utils/paths';

const thousand = Array.from({ length: 1000 }, (_, i) => i + 1);

describe('a page of a list', () => {
  it('holds 20 items, numbered from where the page starts', () => {
    const s = pageSlice(thousand, 2);
    expect(PAGE_SIZE).toBe(20);
    expect(s.items).toEqual(thousand.slice(20, 40));
    expect(s).toMatchObject({ page: 2, pages: 50, first: 21, last: 40, total: 1000 });
  });

  it('holds the rest on the last page, and keeps a page number within the list', () => {
    expect(pageSlice(thousand.slice(0, 34), 2)).toMatchObject({ first: 21, last: 34, pages: 2 });
    expect(pageSlice(thousand.slice(0, 34), 9).page).toBe(2);
    expect(pageSlice(thousand.slice(0, 34), 0).page).toBe(1);
  });

  it('is a single empty page for an empty list', () => {
    expect(pageSlice([], 1)).toMatchObject({ items: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('is described as "Fiches 21 tot 40 van 1.000"', () => {
    expect(rangeLabel(pageSlice(thousand, 2), 'Fiches {van} tot {tot} van {totaal}')).toBe('Fiches 21 tot 40 van 1.000');
  });

  it('has its own URL from page 2 on', () => {
    expect(listingPagePath('/databank/', 1)).toBe('/databank/');
    expect(listingPagePath('/databank/', 2)).toBe('/databank/pagina/2/');
    expect(listingPagePath('/databank/thema/polarisering/', 3)).toBe('/databank/thema/polarisering/pagina/3/');
  });
});

describe('the numbered page links', () => {
  it('show the first, the last, the current page and its neighbours, with an ellipsis for a longer gap', () => {
    expect(paginationItems(1, 50)).toEqual([1, 2, 'ellipsis', 50]);
    expect(paginationItems(25, 50)).toEqual([1, 'ellipsis', 24, 25, 26, 'ellipsis', 50]);
    expect(paginationItems(50, 50)).toEqual([1, 'ellipsis', 49, 50]);
  });

  it('show a single skipped page as its number instead of an ellipsis', () => {
    expect(paginationItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(paginationItems(1, 3)).toEqual([1, 2, 3]);
  });

  it('are one link for a list of one page', () => {
    expect(paginationItems(1, 1)).toEqual([1]);
  });
});
