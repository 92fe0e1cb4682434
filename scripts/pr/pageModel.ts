import type { Entry } from '../../src/check/files.ts';
import { FIXED_PAGES } from '../../src/utils/fixedPages.ts';
import { FACETS, facetValues, type FacetFields } from '../../src/utils/databankFacets.ts';
import { facetCounts } from '../../src/utils/facetCounts.ts';
import { relatedFinder } from '../../src/utils/relatedEntries.ts';
import { databankListPaths, facetPath } from '../../src/utils/paths.ts';
import { markdownRefs } from './markdownRefs.ts';
import { entryKey, record, strings, type Snapshot } from './snapshot.ts';

/**
 * Which content each page of the site shows, as dependency keys, and the value of each key in a
 * snapshot. A page is affected by a change when the value of one of its keys differs between the base
 * and the change. The keys mirror what the templates under src/pages and src/components read:
 *
 * - `entry:<collection>/<id>`  all of an entry (its own page)
 * - `title:<collection>/<id>`  title and URL (A–Z, breadcrumbs, related practices)
 * - `card:<collection>/<id>`   what a listing shows of it (Databank and facet pages, /projecten/, child pages)
 * - `kijker:projecten/<id>`    the "Projecten in de kijker" card of a project
 * - `related:goede-praktijken/<id>` the ids of its related practices (ranking by shared themes and keywords)
 * - `org:<id>`                 an organisation (name, website: shown on each page that names it)
 * - `term:<taxonomy>/<id>`     a taxonomy value (label, description)
 * - `facetcounts`              the number of practices per facet value (facet navigation and charts)
 * - `ids:goede-praktijken`     which practices are published (the open data page counts them)
 * - `url:<path>`               whether a page a text links to exists
 * - `file:<path>`              the bytes of an image a text shows
 */
export type PageDeps = Map<string, Set<string>>;

/** Front matter field → taxonomy, per collection, as the schemas in src/schemas/collections.ts define them. */
export const TERM_FIELDS: Record<string, Record<string, string>> = {
  beleid: { themas: 'thema' },
  projecten: { soort: 'projectsoort', doelgroepen: 'doelgroep', themas: 'thema' },
  'goede-praktijken': {
    themas: 'thema', type: 'praktijktype', doelgroepen: 'doelgroep', provincies: 'provincie', schaal: 'schaal', status: 'status',
  },
};

const FACET_TAXONOMIES = FACETS.map((f) => f.taxonomy as string);

const data = (e: Entry) => record(e.data);
const ofCollection = (s: Snapshot, c: string) => [...s.published.values()].filter((e) => e.collection === c);
const facetFields = (e: Entry): FacetFields => {
  const d = data(e);
  return { type: String(d.type ?? ''), themas: strings(d.themas), doelgroepen: strings(d.doelgroepen), provincies: strings(d.provincies) };
};

function termKeys(e: Entry): string[] {
  const d = data(e);
  return Object.entries(TERM_FIELDS[e.collection] ?? {}).flatMap(([field, tax]) => strings(d[field]).map((id) => `term:${tax}/${id}`));
}

const orgKeys = (e: Entry) => [...strings(data(e).eigenaar), ...strings(data(e).partners)].map((id) => `org:${id}`);

/** Links and images in an entry's text (and Markdown fields), as `url:` and `file:` keys. */
function textKeys(s: Snapshot, e: Entry, url: string): string[] {
  const texts = [e.body ?? '', String(record(data(e).inDeKijker).tekst ?? '')];
  return texts.flatMap((t) => {
    const refs = markdownRefs(t, e.file, url, s.dir);
    return [...refs.pages.map((p) => `url:${p}`), ...refs.files.map((f) => `file:${f}`)];
  });
}

const termsOf = (s: Snapshot, taxonomies: string[]) =>
  taxonomies.flatMap((tax) => (s.taxonomies.get(tax) ?? []).map((t) => `term:${tax}/${t.id}`));

/** The related practices of every published practice, computed as src/pages/databank/[id].astro does. */
export function relatedIds(s: Snapshot): Map<string, string[]> {
  const candidates = ofCollection(s, 'goede-praktijken').map((e) => {
    const d = data(e);
    return { id: e.id, titel: String(d.titel ?? ''), themas: strings(d.themas), sleutelwoorden: strings(d.sleutelwoorden), verwant: strings(d.verwant) };
  });
  const related = relatedFinder(candidates);
  return new Map(candidates.map((c) => [c.id, related(c).map((r) => r.id)]));
}

/** Every page of the site in this snapshot with the keys of the content it shows. */
export function pageDependencies(s: Snapshot, related = relatedIds(s)): PageDeps {
  const pages: PageDeps = new Map();
  const add = (url: string, keys: Iterable<string>) => {
    const set = pages.get(url) ?? new Set<string>();
    for (const k of keys) set.add(k);
    pages.set(url, set);
  };
  for (const p of FIXED_PAGES.map((f) => f.href)) add(p, []);

  const urlOf = (e: Entry) => s.site.urlOf.get(e);
  const beleid = ofCollection(s, 'beleid');
  const projecten = ofCollection(s, 'projecten');
  const praktijken = ofCollection(s, 'goede-praktijken');

  for (const e of [...beleid, ...projecten, ...praktijken]) {
    const url = urlOf(e);
    if (!url) continue;
    add(url, [`entry:${entryKey(e)}`, ...termKeys(e), ...orgKeys(e), ...textKeys(s, e, url)]);
    add('/a-z/', [`title:${entryKey(e)}`]);
  }

  for (const e of beleid) {
    const url = urlOf(e);
    if (!url) continue;
    // Breadcrumbs name every ancestor; the list of sub-pages shows each child's card.
    for (const other of beleid) {
      const otherUrl = urlOf(other);
      if (otherUrl && otherUrl !== url && url.startsWith(otherUrl)) add(url, [`title:${entryKey(other)}`]);
      if (String(data(other).ouder ?? '') === e.id) add(url, [`card:${entryKey(other)}`]);
    }
    if (data(e).projectenInDeKijker === true) add(url, projecten.map((p) => `kijker:${entryKey(p)}`));
  }

  add('/projecten/', projecten.flatMap((p) => [`card:${entryKey(p)}`, `term:projectsoort/${String(data(p).soort)}`, ...strings(data(p).eigenaar).map((o) => `org:${o}`)]));

  for (const e of praktijken) {
    const url = urlOf(e);
    if (url) add(url, (related.get(e.id) ?? []).map((id) => `title:goede-praktijken/${id}`).concat(`related:${entryKey(e)}`));
  }

  // The listing and every facet page show the facet navigation (all labels, with counts) and practice cards.
  const listingKeys = ['facetcounts', 'ids:goede-praktijken', ...termsOf(s, FACET_TAXONOMIES)];
  for (const p of databankListPaths(praktijken.length)) add(p, [...listingKeys, ...praktijken.map((e) => `card:${entryKey(e)}`)]);
  for (const facet of FACETS) {
    const withValue = new Map<string, Entry[]>();
    for (const e of praktijken) {
      for (const v of facetValues(facetFields(e), facet)) withValue.set(v, [...(withValue.get(v) ?? []), e]);
    }
    for (const t of s.taxonomies.get(facet.taxonomy) ?? []) {
      const entries = withValue.get(t.id);
      if (entries) add(facetPath(facet.key, t.id), [...listingKeys, ...entries.map((e) => `card:${entryKey(e)}`)]);
    }
  }
  add('/databank/open-data/', ['ids:goede-praktijken']);
  add('/databank/selectiekader/', termsOf(s, ['thema']));
  return pages;
}

const pick = (d: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, d[f]]));

/** What a listing shows of an entry, per collection (see PracticeList, ProjectCard, ChildPages). */
const CARD_FIELDS: Record<string, string[]> = {
  beleid: ['titel', 'samenvatting', 'volgorde'],
  projecten: ['titel', 'samenvatting', 'soort', 'eigenaar'],
  'goede-praktijken': ['titel', 'samenvatting', 'type', 'themas', 'doelgroepen', 'provincies', 'gemeenten', 'sleutelwoorden'],
};

/** A snapshot's pages with what they show, and the related practices (computed once, used by both). */
export interface SiteModel {
  snapshot: Snapshot;
  pages: PageDeps;
  related: Map<string, string[]>;
}

export function siteModel(s: Snapshot): SiteModel {
  const related = relatedIds(s);
  const pages = pageDependencies(s, related);
  // Images are read now: the model must keep the snapshot's bytes even when its folder changes or goes away.
  for (const keys of pages.values()) for (const k of keys) if (k.startsWith('file:')) s.fileHash(k.slice(5));
  return { snapshot: s, pages, related };
}

/** The value of a dependency key in a snapshot; two snapshots with equal values render that part alike. */
export function dependencyValue(model: SiteModel, key: string): unknown {
  const s = model.snapshot;
  const [kind, rest = ''] = key.split(/:(.*)/s) as [string, string?];
  const entry = s.published.get(rest);
  switch (kind) {
    case 'entry':
      return entry && { data: entry.data, body: entry.body, url: s.site.urlOf.get(entry) };
    case 'title':
      return entry && { titel: data(entry).titel, url: s.site.urlOf.get(entry) };
    case 'card':
      return entry && { ...pick(data(entry), CARD_FIELDS[entry.collection] ?? ['titel']), url: s.site.urlOf.get(entry) };
    case 'kijker':
      return entry && { kijker: data(entry).inDeKijker, url: s.site.urlOf.get(entry) };
    case 'related':
      return model.related.get(rest.split('/')[1]!);
    case 'org':
      return s.published.get(`organisaties/${rest}`)?.data;
    case 'term': {
      const [tax, id] = rest.split('/');
      return (s.taxonomies.get(tax!) ?? []).find((t) => t.id === id);
    }
    case 'facetcounts': {
      const fields = ofCollection(s, 'goede-praktijken').map(facetFields);
      return FACETS.map((f) => facetCounts(fields, f, s.taxonomies.get(f.taxonomy) ?? []));
    }
    case 'ids':
      return ofCollection(s, rest).map((e) => e.id).sort();
    case 'url':
      return model.pages.has(rest);
    case 'file':
      return s.fileHash(rest);
    default:
      throw new Error(`onbekende afhankelijkheid ${key}`);
  }
}
