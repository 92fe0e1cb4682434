import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TAXONOMY_NAMES, type Term } from '../../src/schemas/taxonomies.ts';
import { loadEntries, type Entry } from '../../src/check/files.ts';
import { siteMap, type SiteMap } from '../../src/check/site.ts';

/**
 * The content of the site at one moment (the base of a pull request or its change), read the way the
 * content check reads it: raw front matter, so a broken file still yields a snapshot instead of a crash.
 */
export interface Snapshot {
  /** Folder that holds content/ and public/, like the repository root. */
  dir: string;
  /** Every entry on disk, drafts included. */
  entries: Entry[];
  /** Entries that appear on the site, by "collection/id" (drafts left out; organisations always in). */
  published: Map<string, Entry>;
  site: SiteMap;
  taxonomies: Map<string, Term[]>;
  /** SHA-256 of a file under `dir`, undefined when it does not exist there; cached. */
  fileHash: (path: string) => string | undefined;
}

export const record = (data: unknown): Record<string, unknown> =>
  data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};

/** A front matter value as a list of strings, whatever an editor wrote (a single value counts as a list of one). */
export const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String);

export const entryKey = (e: Pick<Entry, 'collection' | 'id'>) => `${e.collection}/${e.id}`;

function readTaxonomy(file: string): Term[] {
  if (!existsSync(file)) return [];
  try {
    const data = parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(data) ? (data as Term[]).filter((t) => t && typeof t.id === 'string') : [];
  } catch {
    return []; // the content check reports it
  }
}

/** Reads the snapshot in `dir` (a checkout or an extracted git tree with content/ and public/). */
export function loadSnapshot(dir: string): Snapshot {
  const root = join(dir, 'content');
  const { entries } = loadEntries(root);
  const { site } = siteMap(entries, root);
  const published = new Map<string, Entry>();
  for (const e of entries) {
    if (e.data === undefined) continue;
    if (e.collection !== 'organisaties' && record(e.data).draft === true) continue;
    published.set(entryKey(e), e);
  }
  const taxonomies = new Map(TAXONOMY_NAMES.map((n) => [n, readTaxonomy(join(root, 'taxonomie', `${n}.yaml`))] as [string, Term[]]));
  const hashes = new Map<string, string | undefined>();
  const fileHash = (path: string) => {
    if (!hashes.has(path)) {
      const file = join(dir, path);
      hashes.set(path, existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : undefined);
    }
    return hashes.get(path);
  };
  return { dir, entries, published, site, taxonomies, fileHash };
}
