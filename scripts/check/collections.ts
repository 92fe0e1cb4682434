import type { CollectionName } from '../../src/schemas/collections.ts';

/** How each collection is stored under the content root, mirroring src/content.config.ts. */
export interface CollectionInfo {
  name: CollectionName;
  /** Folder under the content root. */
  dir: string;
  /** The one file extension Astro reads there. */
  ext: '.md' | '.yaml';
  /** Key in the result of makeSchemas(). */
  schema: 'beleid' | 'project' | 'goedePraktijk' | 'organisatie';
  /** Dutch name for messages. */
  label: string;
}

export const COLLECTIONS: readonly CollectionInfo[] = [
  { name: 'beleid', dir: 'beleid', ext: '.md', schema: 'beleid', label: 'beleidspagina' },
  { name: 'projecten', dir: 'projecten', ext: '.md', schema: 'project', label: 'project' },
  { name: 'goede-praktijken', dir: 'goede-praktijken', ext: '.md', schema: 'goedePraktijk', label: 'goede praktijk' },
  { name: 'organisaties', dir: 'organisaties', ext: '.yaml', schema: 'organisatie', label: 'organisatie' },
];

export const collectionInfo = (name: CollectionName): CollectionInfo => COLLECTIONS.find((c) => c.name === name)!;

/** Folders of the content root that are not collections but are read by the site. */
export const OTHER_DIRS = ['taxonomie'];

/** Images may sit beside the entries that show them. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];

/** Largest local image an editor may add; bigger ones slow the page down for every visitor. */
export const MAX_IMAGE_BYTES = 500 * 1024;

/** A good practice's contact must be re-checked this often. */
export const CONTACT_MAX_AGE_MONTHS = 12;
