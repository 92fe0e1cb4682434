import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageCollection as Publishable } from '@/collections';

/** Entries that may appear on the site: drafts are kept off every built page. */
export async function published<C extends Publishable>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.filter((e) => !(e.data as { draft: boolean }).draft);
}
