import { collectionInfo } from '../collections';
import { PAGE_SIZE } from './pageSlice';

/**
 * The site's URL scheme for entries, in one place: links, breadcrumbs, the A-Z index, open data
 * and the content check's list of existing pages all build their URLs here, so they cannot drift.
 * The bases come from src/collections.ts; the routes themselves are the files under
 * src/pages/projecten and src/pages/databank. Policy pages nest by parent: src/utils/beleidPath.ts.
 */
/** Collections whose entries sit under one overview page. */
export type ListedCollection = 'projecten' | 'goede-praktijken';

/** The overview page of a collection, e.g. /projecten/. */
export const overviewPath = (collection: ListedCollection): string => collectionInfo(collection).urlBase;

/** The page of an entry, e.g. /projecten/wij-zij-netwerk/. */
export const entryPath = (collection: ListedCollection, id: string): string => `${overviewPath(collection)}${id}/`;

export const projectPath = (id: string): string => entryPath('projecten', id);

export const practicePath = (id: string): string => entryPath('goede-praktijken', id);

/** A policy page, from the ids of its ancestry chain (root first), e.g. /sociale-cohesie/preventie-van-gewelddadige-radicalisering/. */
export const policyPath = (chain: readonly string[]): string => `/${chain.join('/')}/`;

/** A Databank facet page, e.g. /databank/thema/polarisering/. */
export const facetPath = (facet: string, value: string): string => `${overviewPath('goede-praktijken')}${facet}/${value}/`;

/** The Databank overview. */
export const DATABANK_PATH = overviewPath('goede-praktijken');

/** Page `page` of a paged list: the list's own URL for page 1, then <base>pagina/2/, <base>pagina/3/, … */
export const listingPagePath = (base: string, page: number): string => (page <= 1 ? base : `${base}pagina/${page}/`);

/**
 * The Databank listing pages for a number of published practices; the one place that knows how the
 * listing is split, so tools that select pages (the content lane of CI) follow any change to it.
 */
export const databankListPaths = (count: number): string[] =>
  Array.from({ length: Math.max(1, Math.ceil(count / PAGE_SIZE)) }, (_, i) => listingPagePath(DATABANK_PATH, i + 1));
