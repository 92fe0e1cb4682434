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

/** Reads a taxonomy once per process; the files are tiny and change only between builds. */
export function loadTaxonomy(name: TaxonomyName): Term[] {
  const file = join(contentRoot(), 'taxonomie', `${name}.yaml`);
  const hit = cache.get(file);
  if (hit) return hit;
  const terms = parse(readFileSync(file, 'utf8')) as Term[];
  if (!Array.isArray(terms) || terms.some((t) => typeof t?.id !== 'string' || typeof t?.label !== 'string')) {
    throw new Error(`${file}: elke waarde heeft een "id" en een "label" nodig.`);
  }
  cache.set(file, terms);
  return terms;
}

/** Ids of a taxonomy as a non-empty tuple, the shape z.enum needs. */
export function taxonomyIds(name: TaxonomyName): [string, ...string[]] {
  const ids = loadTaxonomy(name).map((t) => t.id);
  if (ids.length === 0) throw new Error(`taxonomie ${name} is leeg`);
  return ids as [string, ...string[]];
}

/** Dutch label of a taxonomy value; the id itself if unknown (the schema has already rejected it). */
export function termLabel(name: TaxonomyName, id: string): string {
  return loadTaxonomy(name).find((t) => t.id === id)?.label ?? id;
}
