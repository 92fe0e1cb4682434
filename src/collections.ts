/**
 * The content collections, in one place: where each is stored, what the editors and the check call
 * it, and where its pages live. src/content.config.ts, the content check, `npm run new`, the field
 * reference and the URL helpers (src/utils/paths.ts) all read it. Plain data: scripts and pages
 * alike can import it.
 */
export interface CollectionInfo {
  /** Collection name in Astro (`getCollection(name)`). */
  name: string;
  /** Folder under the content root; also the folder name editors see. */
  dir: string;
  /** The one file extension Astro reads there. */
  ext: '.md' | '.yaml';
  /** Key in the result of makeSchemas(). */
  schema: 'beleid' | 'project' | 'goedePraktijk' | 'organisatie';
  /** Type name editors give `npm run new`. */
  entryType: string;
  /** Dutch name in messages, lower case: "goede praktijk". */
  label: string;
  /** Dutch heading in the field reference: "Goede praktijk". */
  heading: string;
  /** Dutch plural, as a menu item: "Goede praktijken". */
  plural: string;
  /** Dutch header of a new file: "Nieuwe goede praktijk". */
  newLabel: string;
  /**
   * Path every entry's page sits under, `<urlBase><id>/`; null when the entries have no page of
   * their own (organisations) or nest by their parent (policy pages, src/utils/beleidPath.ts).
   */
  urlBase: string | null;
}

export const COLLECTIONS = [
  {
    name: 'beleid', dir: 'beleid', ext: '.md', schema: 'beleid', entryType: 'beleid',
    label: 'beleidspagina', heading: 'Beleidspagina', plural: 'Beleidspagina’s', newLabel: 'Nieuwe beleidspagina', urlBase: null,
  },
  {
    name: 'projecten', dir: 'projecten', ext: '.md', schema: 'project', entryType: 'project',
    label: 'project', heading: 'Project', plural: 'Projecten', newLabel: 'Nieuw project', urlBase: '/projecten/',
  },
  {
    name: 'goede-praktijken', dir: 'goede-praktijken', ext: '.md', schema: 'goedePraktijk', entryType: 'goede-praktijk',
    label: 'goede praktijk', heading: 'Goede praktijk', plural: 'Goede praktijken', newLabel: 'Nieuwe goede praktijk', urlBase: '/databank/',
  },
  {
    name: 'organisaties', dir: 'organisaties', ext: '.yaml', schema: 'organisatie', entryType: 'organisatie',
    label: 'organisatie', heading: 'Organisatie', plural: 'Organisaties', newLabel: 'Nieuwe organisatie', urlBase: null,
  },
] as const satisfies readonly CollectionInfo[];

export type Collection = (typeof COLLECTIONS)[number];
export type CollectionName = Collection['name'];
/** Collections whose entries are pages, with a `draft` field that keeps them off the site. */
export type PageCollection = Exclude<CollectionName, 'organisaties'>;

export const collectionInfo = <N extends CollectionName>(name: N): Extract<Collection, { name: N }> =>
  COLLECTIONS.find((c) => c.name === name) as Extract<Collection, { name: N }>;

/** Dutch title of a collection with its files, in the field reference and the CMS: "Goede praktijk (content/goede-praktijken/*.md)". */
export const collectionTitle = (c: CollectionInfo): string => `${c.heading} (content/${c.dir}/*${c.ext})`;
