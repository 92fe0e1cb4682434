import { PLACEHOLDERS } from './placeholders.ts';
import type { Entry } from './files.ts';
import type { Problem } from './problem.ts';
import { lineOf } from './source.ts';

/** Where an organisation lives on the web: its website and the other domains it lists as its own. */
export interface OrganisationSites {
  id: string;
  naam: string;
  /** Home page from `website`, if known. */
  website?: string;
  /** Extra own domains from `eigenDomeinen`, e.g. the site of its own project. */
  eigenDomeinen: string[];
}

/**
 * Sites that publish news about practices. A visitor who follows such a "contact" lands on an
 * article, not with the people who run the practice.
 */
export const NEWS_DOMAINS = [
  '21bis.be', 'antwerpspersbureau.be', 'bruzz.be', 'demorgen.be', 'doorbraak.be', 'flowmagazine.nl', 'goeiedag.be',
  'gva.be', 'hbvl.be', 'hln.be', 'knack.be', 'kw.be', 'metrotime.be', 'nieuwsblad.be', 'nos.nl', 'randkrant.be',
  'ringtv.be', 'standaard.be', 'tijd.be', 'viva.nl', 'vrt.be', 'welzijnsregio.be',
];

/** Sites that republish other people's documents: the copy may be old, and nobody there answers. */
export const DOCUMENT_DOMAINS = [
  'adoc.pub', 'docplayer.net', 'docplayer.nl', 'documents.pub', 'fdocuments.nl', 'issuu.com', 'scribd.com',
  'slideshare.net', 'studylib.net', 'yumpu.com',
];

/** Verdict on one contact web page. */
export type ContactVerdict =
  | { ok: true; organisation: string }
  | { ok: false; kind: 'nieuws' | 'documenten' | 'derde'; host: string };

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Whether a contact page belongs to one of the organisations: same domain as its website (or a
 * subdomain), or one of its own extra domains. A website with a path (a police zone on
 * politie.be/5440/) only covers the pages under that path, not the whole shared domain.
 */
export function contactVerdict(url: string, organisations: readonly OrganisationSites[]): ContactVerdict {
  const target = parse(url);
  const host = target ? bareHost(target.hostname) : '';
  if (target) {
    for (const org of organisations) {
      const site = org.website ? parse(org.website) : undefined;
      if (site && onDomain(host, bareHost(site.hostname))) {
        const prefix = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
        if (site.pathname === '/' || `${target.pathname}/`.startsWith(prefix)) return { ok: true, organisation: org.id };
      }
      if (org.eigenDomeinen.some((d) => onDomain(host, bareHost(d)))) return { ok: true, organisation: org.id };
    }
  }
  if (NEWS_DOMAINS.some((d) => onDomain(host, d))) return { ok: false, kind: 'nieuws', host };
  if (DOCUMENT_DOMAINS.some((d) => onDomain(host, d))) return { ok: false, kind: 'documenten', host };
  return { ok: false, kind: 'derde', host };
}

const WHAT: Record<'nieuws' | 'documenten' | 'derde', (host: string, owner: string) => string> = {
  nieuws: (host) => `"${host}" is een nieuwssite: het contact leidt naar een artikel, niet naar de eigenaar of een partner`,
  documenten: (host) => `"${host}" herpubliceert documenten van anderen: het contact leidt naar een kopie, niet naar de eigenaar of een partner`,
  derde: (host, owner) => `"${host}" is niet de website van de eigenaar (${owner}) of van een partner`,
};

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The sites of every organisation entry, by id. */
export function organisationSites(entries: readonly Entry[]): Map<string, OrganisationSites> {
  const out = new Map<string, OrganisationSites>();
  for (const e of entries) {
    if (e.collection !== 'organisaties') continue;
    const d = record(e.data);
    out.set(e.id, {
      id: e.id,
      naam: typeof d.naam === 'string' ? d.naam : e.id,
      ...(typeof d.website === 'string' && { website: d.website }),
      eigenDomeinen: strings(d.eigenDomeinen),
    });
  }
  return out;
}

/**
 * A practice's (or project's) contact must lead to its owner or a partner: the promise of the
 * Databank is that a city can ask the people who run a practice for help. An e-mail address or a
 * telephone number is taken as theirs; a web page must be on the owner's or a partner's own site.
 */
export function contactOwnerProblems(entries: readonly Entry[]): Problem[] {
  const sites = organisationSites(entries);
  const problems: Problem[] = [];
  for (const e of entries) {
    if ((e.collection !== 'goede-praktijken' && e.collection !== 'projecten') || !e.source) continue;
    const d = record(e.data);
    const website = record(d.contact).website;
    if (typeof website !== 'string' || !parse(website)) continue; // the schema reports a missing or broken address
    // An example address of `npm run new`: the placeholder check refuses to publish it, with a better message.
    if (onDomain(bareHost(parse(website)!.hostname), PLACEHOLDERS.domein)) continue;
    const ids = [d.eigenaar, ...(Array.isArray(d.partners) ? d.partners : [])].filter((id): id is string => typeof id === 'string');
    const organisations = ids.map((id) => sites.get(id)).filter((o): o is OrganisationSites => o !== undefined);
    const verdict = contactVerdict(website, organisations);
    if (verdict.ok) continue;
    const owner = typeof d.eigenaar === 'string' ? d.eigenaar : '…';
    const ownerName = sites.get(owner)?.naam ?? owner;
    const knownSite = organisations.some((o) => o.website);
    problems.push({
      severity: 'fout', file: e.file, line: lineOf(e.source, ['contact', 'website']), field: 'contact.website',
      message: WHAT[verdict.kind](verdict.host, ownerName),
      fix: `zet deze pagina bij bron (of bij zieOok, om verder te lezen) en neem als contact een pagina op de eigen website van de eigenaar of een partner`
        + (knownSite ? '' : ` (zoek de website van ${ownerName} op en zet ze als website in content/organisaties/${owner}.yaml)`)
        + `; is dit toch een eigen domein van de organisatie, zet het dan bij eigenDomeinen in content/organisaties/${owner}.yaml; vindt u geen eigen contact, laat contact dan weg: de fiche zegt dan dat er geen rechtstreeks contact bekend is`,
    });
  }
  return problems;
}
