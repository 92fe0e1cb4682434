/**
 * The site's URL scheme for entries, in one place: links, breadcrumbs, the A-Z index, open data
 * and the content check's list of existing pages all build their URLs here, so they cannot drift.
 * The routes themselves are the files under src/pages/projecten and src/pages/databank.
 */
export const projectPath = (id: string): string => `/projecten/${id}/`;

export const practicePath = (id: string): string => `/databank/${id}/`;

/** A Databank facet page, e.g. /databank/thema/polarisering/. */
export const facetPath = (facet: string, value: string): string => `/databank/${facet}/${value}/`;

/** The Databank overview. */
export const DATABANK_PATH = '/databank/';

/** Page `page` of a paged list: the list's own URL for page 1, then <base>pagina/2/, <base>pagina/3/, … */
export const listingPagePath = (base: string, page: number): string => (page <= 1 ? base : `${base}pagina/${page}/`);
