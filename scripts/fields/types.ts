import type { CollectionName } from '../../src/schemas/collections.ts';
import { COLLECTIONS, type CollectionInfo } from '../check/collections.ts';

/** The content types an editor names on the command line and in CONTRIBUTING.md. */
export const ENTRY_TYPES = {
  beleid: 'beleid',
  project: 'projecten',
  'goede-praktijk': 'goede-praktijken',
  organisatie: 'organisaties',
} as const satisfies Record<string, CollectionName>;

export type EntryType = keyof typeof ENTRY_TYPES;

/** Dutch heading of each type in the docs. */
export const TYPE_TITLES: Record<EntryType, string> = {
  beleid: 'Beleidspagina (content/beleid/*.md)',
  project: 'Project (content/projecten/*.md)',
  'goede-praktijk': 'Goede praktijk (content/goede-praktijken/*.md)',
  organisatie: 'Organisatie (content/organisaties/*.yaml)',
};

export const isEntryType = (t: string): t is EntryType => Object.hasOwn(ENTRY_TYPES, t);
export const infoOf = (t: EntryType): CollectionInfo => COLLECTIONS.find((c) => c.name === ENTRY_TYPES[t])!;

/** "Nieuw project", "Nieuwe goede praktijk": the header of a scaffolded file. */
export const NEW_LABELS: Record<EntryType, string> = {
  beleid: 'Nieuwe beleidspagina',
  project: 'Nieuw project',
  'goede-praktijk': 'Nieuwe goede praktijk',
  organisatie: 'Nieuwe organisatie',
};
