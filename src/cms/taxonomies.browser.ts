/**
 * The taxonomy loader as the admin page's bundle sees it: the ids are read from content/taxonomie at
 * build time and written into the bundle (`__TAXONOMY_IDS__`), so the schemas run in the browser.
 */
import type { TaxonomyName } from '../schemas/taxonomies.ts';

declare const __TAXONOMY_IDS__: Record<TaxonomyName, [string, ...string[]]>;

export type { TaxonomyName };

export function taxonomyIds(name: TaxonomyName): [string, ...string[]] {
  return __TAXONOMY_IDS__[name];
}
