import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One allowed value of a facet, as editors write it in content/taxonomie/<naam>.yaml. */
export interface Term {
  /** Stable id used in front matter and in URLs. */
  id: string;
  /** Dutch label shown to visitors. */
  label: string;
  /** Optional Dutch explanation shown on facet pages. */
  beschrijving?: string;
}

export const TAXONOMY_NAMES = [
  'thema',
  'doelgroep',
  'provincie',
  'praktijktype',
  'schaal',
  'status',
  'projectsoort',
] as const;
export type TaxonomyName = (typeof TAXONOMY_NAMES)[number];

/** Content root; overridable so tests and the benchmark can point at a copy. */
export function contentRoot(): string {
  return process.env.CONTENT_ROOT ?? join(process.cwd(), 'content');
}

const cache = new Map<string, Term[]>();
const labelCache = new Map<string, Map<string, string>>();
// Keyed by root and name without building a path: termLabel runs hundreds of thousands of times at 10,000 fiches.
const key = (name: TaxonomyName, root?: string) => `${root ?? process.env.CONTENT_ROOT ?? ''}\u0000${name}`;

/** The ids of each taxonomy, as the schemas take them. */
export type TaxonomyIds = (name: TaxonomyName) => [string, ...string[]];

/**
 * Reads a taxonomy once per process; the files are tiny and change only between builds. `root`
 * is the content root (default: the site's, see contentRoot()).
 */
export function loadTaxonomy(name: TaxonomyName, root?: string): Term[] {
  const k = key(name, root);
  const hit = cache.get(k);
  if (hit) return hit;
  const file = join(root ?? contentRoot(), 'taxonomie', `${name}.yaml`);
  const terms = parse(readFileSync(file, 'utf8')) as Term[];
  if (!Array.isArray(terms) || terms.some((t) => typeof t?.id !== 'string' || typeof t?.label !== 'string')) {
    throw new Error(`${file}: elke waarde heeft een "id" en een "label" nodig.`);
  }
  cache.set(k, terms);
  return terms;
}

/** Ids of a taxonomy as a non-empty tuple, the shape z.enum needs. */
export function taxonomyIds(name: TaxonomyName, root?: string): [string, ...string[]] {
  const ids = loadTaxonomy(name, root).map((t) => t.id);
  if (ids.length === 0) throw new Error(`taxonomie ${name} is leeg`);
  return ids as [string, ...string[]];
}

/** Dutch label of a taxonomy value; the id itself if unknown (the schema has already rejected it). */
export function termLabel(name: TaxonomyName, id: string): string {
  const k = key(name);
  let labels = labelCache.get(k);
  if (!labels) {
    labels = new Map(loadTaxonomy(name).map((t) => [t.id, t.label]));
    labelCache.set(k, labels);
  }
  return labels.get(id) ?? id;
}
