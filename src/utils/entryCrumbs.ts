import { entryPath, overviewPath, type ListedCollection } from './paths';

/** A breadcrumb step. */
export interface Crumb {
  label: string;
  href: string;
}

/** The breadcrumb of an entry page: the collection's overview, then the entry. */
export function entryCrumbs(collection: ListedCollection, overview: string, entry: { id: string; titel: string }): Crumb[] {
  return [
    { label: overview, href: overviewPath(collection) },
    { label: entry.titel, href: entryPath(collection, entry.id) },
  ];
}
