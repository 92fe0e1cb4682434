import { COLLECTIONS, collectionTitle, type Collection } from '../../src/collections.ts';

/** The content types an editor names on the command line and in CONTRIBUTING.md. */
export const ENTRY_TYPES = Object.fromEntries(COLLECTIONS.map((c) => [c.entryType, c.name])) as {
  [C in Collection as C['entryType']]: C['name'];
};

export type EntryType = Collection['entryType'];

export const isEntryType = (t: string): t is EntryType => Object.hasOwn(ENTRY_TYPES, t);
export const infoOf = (t: EntryType): Collection => COLLECTIONS.find((c) => c.entryType === t)!;

/** Dutch heading of each type in the docs: "Goede praktijk (content/goede-praktijken/*.md)". */
export const typeTitle = (t: EntryType): string => collectionTitle(infoOf(t));
