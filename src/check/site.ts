import { loadTaxonomy } from '../schemas/taxonomies.ts';
import { FACETS } from '../utils/databankFacets.ts';
import { FIXED_PAGES } from '../utils/fixedPages.ts';
import type { Entry } from './files.ts';
import type { Problem } from './problem.ts';
import { lineOf } from './source.ts';
import { facetPath, policyPath, practicePath, projectPath } from '../utils/paths.ts';
import { walkAncestry } from '../utils/beleidPath.ts';

/** Every page the next build will have, and the pages that only drafts would add. */
export interface SiteMap {
  /** Root-relative path with trailing slash → the entry behind it (undefined for fixed pages). */
  pages: Map<string, Entry | undefined>;
  /** Paths of drafts: they exist in the repository but not on the site. */
  drafts: Map<string, Entry>;
  /** URL of each entry that has one. */
  urlOf: Map<Entry, string>;
  /** URL of each entry by its absolute file path, to correct links written as file paths. */
  urlOfFile: Map<string, string>;
}

const record = (data: unknown): Record<string, unknown> =>
  data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
const isDraft = (e: Entry) => record(e.data).draft === true;

function facetValueIds(root: string, name: (typeof FACETS)[number]['taxonomy']): string[] {
  try {
    return loadTaxonomy(name, root).map((t) => t.id);
  } catch {
    return []; // reported by the taxonomy check
  }
}

/**
 * The site's URLs, computed the way the pages compute them (policy pages nest under their
 * `ouder` chain, see src/utils/beleidPath.ts), plus the hierarchy mistakes that would make the
 * build itself fail: a loop of parents, or a published page under a draft.
 */
export function siteMap(entries: readonly Entry[], root: string): { site: SiteMap; problems: Problem[] } {
  const site: SiteMap = { pages: new Map(), drafts: new Map(), urlOf: new Map(), urlOfFile: new Map() };
  const problems: Problem[] = [];
  for (const p of FIXED_PAGES) site.pages.set(p.href, undefined);
  for (const facet of FACETS) {
    for (const id of facetValueIds(root, facet.taxonomy)) site.pages.set(facetPath(facet.key, id), undefined);
  }

  const beleid = new Map(entries.filter((e) => e.collection === 'beleid').map((e) => [e.id, e]));
  const parentOf = (e: Entry) => {
    const ouder = record(e.data).ouder;
    return typeof ouder === 'string' ? ouder : undefined;
  };

  for (const e of entries) {
    let url: string | undefined;
    if (e.collection === 'projecten') url = projectPath(e.id);
    if (e.collection === 'goede-praktijken') url = practicePath(e.id);
    if (e.collection === 'beleid') {
      const { chain, broken } = walkAncestry(e, parentOf, beleid);
      // A missing parent is reported as a missing reference; a loop once, on the page it comes back to.
      if (broken?.kind === 'cycle' && broken.at === e) {
        problems.push({ severity: 'fout', file: e.file, line: lineOf(e.source!, ['ouder']), field: 'ouder',
          message: 'de bovenliggende pagina’s vormen een kring: deze pagina komt onder zichzelf terecht',
          fix: 'kies als ouder een pagina die hoger in de boom staat' });
      }
      const parent = beleid.get(parentOf(e) ?? '');
      if (parent && isDraft(parent) && !isDraft(e)) {
        problems.push({ severity: 'fout', file: e.file, line: lineOf(e.source!, ['ouder']), field: 'ouder',
          message: `de bovenliggende pagina "${parent.id}" is nog een concept (draft: true), dus deze pagina kan niet gepubliceerd worden`,
          fix: 'zet hier ook draft: true, of publiceer eerst de bovenliggende pagina' });
      }
      if (!broken) url = policyPath(chain.map((c) => c.id));
    }
    if (!url) continue;
    site.urlOf.set(e, url);
    site.urlOfFile.set(e.file, url);
    if (isDraft(e)) site.drafts.set(url, e);
    else site.pages.set(url, e);
  }
  return { site, problems };
}
