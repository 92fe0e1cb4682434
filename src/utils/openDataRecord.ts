import type { OpenDataPraktijk } from './openDataSchema';
import { isoDate } from './formatDate';
import { practicePath } from './paths';

/** A reference as Astro resolves it ({ id }) or as plain front matter (the id). */
type Ref = string | { id: string };
const refId = (r: Ref) => (typeof r === 'string' ? r : r.id);

/** Front matter of a good practice after validation: references may be objects or ids. */
export interface PracticeData {
  titel: string;
  samenvatting: string;
  bijgewerkt?: Date | undefined;
  bron: string[];
  type: string;
  themas: string[];
  doelgroepen: string[];
  schaal: string[];
  gemeenten: string[];
  provincies: string[];
  periode?: { start: number; einde?: number | undefined } | undefined;
  leerpunten: string[];
  zieOok: { titel: string; url: string }[];
  sleutelwoorden: string[];
  verwant: Ref[];
  eigenaar: Ref;
  partners: Ref[];
  contact?: { email?: string | undefined; website?: string | undefined; telefoon?: string | undefined } | undefined;
  bronGeraadpleegd: Date;
  contactGecontroleerd?: Date | undefined;
  status: string;
  inDatabank: boolean;
}

/** Names the record needs from outside the entry. */
export interface OpenDataLookups {
  /** Absolute base, e.g. https://example.be (no trailing slash needed). */
  siteUrl: string;
  organisationName(id: string): string;
  practiceTitle(id: string): string;
  termLabel(taxonomy: 'thema' | 'doelgroep' | 'provincie' | 'praktijktype' | 'schaal' | 'status', id: string): string;
}

/** One published entry as open data: every field, references as ids plus names, in the schema's order. */
export function openDataRecord(
  entry: { id: string; data: PracticeData; body: string; updated?: Date | undefined },
  look: OpenDataLookups,
): OpenDataPraktijk {
  const d = entry.data;
  const term = (taxonomy: Parameters<OpenDataLookups['termLabel']>[0]) => (id: string) => ({ id, label: look.termLabel(taxonomy, id) });
  const org = (r: Ref) => ({ id: refId(r), naam: look.organisationName(refId(r)) });
  const updated = entry.updated ?? d.bijgewerkt;
  const contact = d.contact && {
    ...(d.contact.email && { email: d.contact.email }),
    ...(d.contact.website && { website: d.contact.website }),
    ...(d.contact.telefoon && { telefoon: d.contact.telefoon }),
  };
  return {
    id: entry.id,
    url: new URL(practicePath(entry.id), look.siteUrl).href,
    titel: d.titel,
    samenvatting: d.samenvatting,
    ...(updated && { bijgewerkt: isoDate(updated) }),
    bron: d.bron,
    type: term('praktijktype')(d.type),
    themas: d.themas.map(term('thema')),
    doelgroepen: d.doelgroepen.map(term('doelgroep')),
    schaal: d.schaal.map(term('schaal')),
    gemeenten: d.gemeenten,
    provincies: d.provincies.map(term('provincie')),
    ...(d.periode && { periode: { start: d.periode.start, ...(d.periode.einde !== undefined && { einde: d.periode.einde }) } }),
    leerpunten: d.leerpunten,
    zieOok: d.zieOok.map((z) => ({ titel: z.titel, url: z.url })),
    sleutelwoorden: d.sleutelwoorden,
    verwant: d.verwant.map((r) => ({ id: refId(r), titel: look.practiceTitle(refId(r)) })),
    eigenaar: org(d.eigenaar),
    partners: d.partners.map(org),
    // Both left out when unknown: an empty contact or check date would claim more than the fiche knows.
    ...(contact && { contact }),
    bronGeraadpleegd: isoDate(d.bronGeraadpleegd),
    ...(d.contactGecontroleerd && { contactGecontroleerd: isoDate(d.contactGecontroleerd) }),
    status: term('status')(d.status),
    inDatabank: d.inDatabank,
    tekst: entry.body.trim(),
  } as OpenDataPraktijk;
}
