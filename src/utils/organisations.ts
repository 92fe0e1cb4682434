import { getCollection, type CollectionEntry } from 'astro:content';

let byId: Promise<Map<string, CollectionEntry<'organisaties'>>> | undefined;

/** Organisation entries by id; references are already checked by the content check. */
export async function organisation(ref: { id: string }): Promise<CollectionEntry<'organisaties'>> {
  byId ??= getCollection('organisaties').then((all) => new Map(all.map((o) => [o.id, o])));
  const org = (await byId).get(ref.id);
  if (!org) throw new Error(`organisatie "${ref.id}" bestaat niet`);
  return org;
}
