import { relative, resolve } from 'node:path';
import type { Entry } from '../../src/check/files.ts';
import type { Problem } from '../../src/check/problem.ts';
import { FACETS } from '../../src/utils/databankFacets.ts';
import { BELEID_HOME } from '../../src/utils/mainNav.ts';
import type { SiteModel } from './pageModel.ts';
import { record } from './snapshot.ts';

/** A redirect map key as src/redirects.ts writes it: the old path without its trailing slash. */
export const redirectKey = (url: string) => url.replace(/\/+$/, '') || '/';

/** The line an editor adds to src/redirects.ts. */
export const redirectLine = (from: string, to: string) => `'${redirectKey(from)}': '${to}',`;

export interface UrlCheckInput {
  base: SiteModel;
  head: SiteModel;
  /** The redirect map after the change (src/redirects.ts). */
  redirects: Record<string, string>;
  /** Renamed content files, old repository path → new one (from git). */
  renames?: Map<string, string>;
  /** Repository root the findings point into (the working tree). */
  repoDir?: string;
}

/** Where a visitor of a removed page is best sent: the parent policy page, or the listing of its kind. */
function listingOf(head: SiteModel, old: Entry): string {
  if (old.collection === 'projecten') return '/projecten/';
  if (old.collection === 'goede-praktijken') return '/databank/';
  const parent = head.snapshot.entries.find((e) => e.collection === 'beleid' && e.id === String(record(old.data).ouder ?? ''));
  const parentUrl = parent && head.snapshot.site.urlOf.get(parent);
  return parentUrl && head.pages.has(parentUrl) ? parentUrl : BELEID_HOME;
}

/** The taxonomy file behind a facet page such as /databank/thema/polarisering/. */
function facetFile(url: string): string {
  const facet = FACETS.find((f) => f.key === url.split('/')[2]);
  return `content/taxonomie/${facet?.taxonomy ?? 'thema'}.yaml`;
}

const rel = (s: SiteModel, file: string) => relative(s.snapshot.dir, file).split('\\').join('/');

/** The entry of the change that continues a page of the base: same file, or the file it was renamed to. */
function successor(input: UrlCheckInput, old: Entry): Entry | undefined {
  const { head } = input;
  const same = head.snapshot.entries.find((e) => e.collection === old.collection && e.id === old.id);
  if (same) return same;
  const renamed = input.renames?.get(rel(input.base, old.file));
  return renamed ? head.snapshot.entries.find((e) => rel(head, e.file) === renamed) : undefined;
}

/**
 * Every URL of the base that the change no longer publishes and that src/redirects.ts does not send
 * anywhere: an error for the file that caused it, with the exact redirect line to add.
 */
export function missingRedirects(input: UrlCheckInput): Problem[] {
  const { base, head, redirects } = input;
  const repoDir = input.repoDir ?? process.cwd();
  const redirected = new Set(Object.keys(redirects).map(redirectKey));
  const problems: Problem[] = [];
  for (const url of base.pages.keys()) {
    if (head.pages.has(url) || redirected.has(redirectKey(url))) continue;
    const old = base.snapshot.site.pages.get(url);
    const next = old && successor(input, old);
    const nextUrl = next && head.pages.has(head.snapshot.site.urlOf.get(next) ?? '') ? head.snapshot.site.urlOf.get(next) : undefined;
    let why: string;
    let target: string;
    if (!old) {
      why = 'er staat geen gepubliceerde goede praktijk meer op deze pagina';
      target = '/databank/';
    } else if (nextUrl) {
      why = next!.collection === 'beleid' && next!.id === old.id
        ? `de pagina staat nu op ${nextUrl} (het veld "ouder" is gewijzigd)`
        : `het bestand is hernoemd; de pagina staat nu op ${nextUrl}`;
      target = nextUrl;
    } else {
      why = next && record(next.data).draft === true
        ? 'de pagina staat nu op draft: true en verdwijnt dus van de site'
        : 'het bestand is verwijderd';
      target = listingOf(head, old);
    }
    const file = resolve(repoDir, next ? rel(head, next.file) : old ? rel(base, old.file) : facetFile(url));
    const archive = old?.collection === 'goede-praktijken' && !nextUrl
      ? 'houd de fiche op de site met "status: gearchiveerd" in plaats van ze te verwijderen, of '
      : '';
    problems.push({
      severity: 'fout', file, line: 1, field: 'webadres',
      message: `het webadres ${url} bestaat niet meer: ${why}. Bezoekers, zoekmachines en andere sites gebruiken het nog`,
      fix: `${archive}voeg in src/redirects.ts deze regel toe: ${redirectLine(url, target)}`,
    });
  }
  return problems;
}

/**
 * Redirect keys that are pages of the change: the redirect page would be written over the real page. This
 * happens when a page comes back at an address that was once moved away; the old line must then go.
 */
export function redirectCollisions(head: SiteModel, redirects: Record<string, string>, file: string, source: string): Problem[] {
  const lines = source.split('\n');
  return Object.keys(redirects)
    .filter((from) => head.pages.has(`${redirectKey(from)}/`))
    .map((from) => ({
      severity: 'fout' as const,
      file,
      line: Math.max(1, lines.findIndex((l) => l.includes(`'${from}'`)) + 1),
      field: 'doorverwijzing',
      message: `${redirectKey(from)}/ is weer een pagina van de site, maar src/redirects.ts stuurt bezoekers er nog weg (naar ${redirects[from]})`,
      fix: 'verwijder deze regel uit src/redirects.ts, of geef de pagina een ander webadres',
    }));
}
