import { contentPages, type PageRef } from './allPages';
import { FIXED_PAGES } from './fixedPages';
import { groupByLetter } from './groupByLetter';

/**
 * Up to this many pages the A-Z index is one page; beyond, it becomes a page per letter, so no page of
 * the index passes the 50 KB budget (`npm run bench` measures it at 1,000 and 10,000 fiches).
 */
export const AZ_ONE_PAGE_MAX = 600;

/** URL of the A-Z index, and of one letter once the index is split. */
export const AZ_PATH = '/a-z/';
export const azLetterPath = (letter: string): string => `${AZ_PATH}${letter === '#' ? '0-9' : letter.toLowerCase()}/`;

let cached: Promise<{ pages: PageRef[]; groups: [string, PageRef[]][]; split: boolean }> | undefined;

/** Every page of the site grouped by first letter, and whether the index gets a page per letter. */
export function azIndex(): Promise<{ pages: PageRef[]; groups: [string, PageRef[]][]; split: boolean }> {
  cached ??= contentPages().then((content) => {
    const pages = [...content, ...FIXED_PAGES.filter((p) => p.inAz)];
    return { pages, groups: groupByLetter(pages, (p) => p.titel), split: pages.length > AZ_ONE_PAGE_MAX };
  });
  return cached;
}
