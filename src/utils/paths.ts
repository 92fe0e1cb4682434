/**
 * The site's URL scheme for entries, in one place: links, breadcrumbs, the A-Z index, open data
 * and the content check's list of existing pages all build their URLs here, so they cannot drift.
 * The routes themselves are the files under src/pages/projecten and src/pages/databank.
 */
export const projectPath = (id: string): string => `/projecten/${id}/`;

export const practicePath = (id: string): string => `/databank/${id}/`;

/** A Databank facet page, e.g. /databank/thema/polarisering/. */
export const facetPath = (facet: string, value: string): string => `/databank/${facet}/${value}/`;

/**
 * The Databank listing pages for a number of published practices; the one place that knows how the
 * listing is split, so tools that select pages (the content lane of CI) follow any change to it.
 */
export const databankListPaths = (_count: number): string[] => ['/databank/'];
