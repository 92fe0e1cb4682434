import { z } from 'astro/zod';
import type { CollectionName } from '../collections';
import { bron, calendarDate, email, periode, term as termOf, terms as termsOf, webUrl } from './fields';
import { taxonomyIds, type TaxonomyIds, type TaxonomyName } from './taxonomies';

/**
 * How a schema refers to another entry. Astro passes its own `reference()`; the content check
 * passes one that also verifies the entry exists, because Astro does not fail on a dangling reference.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** Fields every page of the site shares. */
const pageFields = {
  /** Page title, also the link text in menus and search results. */
  titel: z.string().min(3).max(120).describe('Titel van de pagina, bv. "Wij-Zij Netwerk"'),
  /** One or two sentences for overviews, search results and the meta description. */
  samenvatting: z.string().min(20).max(320).describe('Korte samenvatting in één of twee zinnen (20 tot 320 tekens)'),
  /** Date of the last change; git history wins when the file has one. */
  bijgewerkt: calendarDate().optional().describe('Datum van de laatste inhoudelijke wijziging (JJJJ-MM-DD); de git-geschiedenis gaat voor'),
  /** Public pages the facts were taken from. */
  bron: bron().describe('Lijst van webadressen waar de feiten vandaan komen'),
  /** Keeps the entry off the published site while it is being written. */
  draft: z.boolean().default(false).describe('Zet op true om de pagina (nog) niet te publiceren'),
};

/**
 * The schemas of every collection. `taxonomy` gives the allowed values of each taxonomy; by default
 * they are read from the site's content root, the content check passes those of the root it checks.
 */
export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>, taxonomy: TaxonomyIds = (name) => taxonomyIds(name)) {
  const term = (name: TaxonomyName) => termOf(name, taxonomy(name));
  const terms = (name: TaxonomyName) => termsOf(name, taxonomy(name));
  const organisatie = z.object({
    /** Official name. */
    naam: z.string().min(2).describe('Officiële naam, bv. "Agentschap Integratie en Inburgering"'),
    /** Common abbreviation. */
    afkorting: z.string().optional().describe('Gangbare afkorting, bv. "AgII"'),
    /** Home page. */
    website: webUrl().optional().describe('Website van de organisatie'),
    /** Functional (never personal) e-mail address. */
    email: email().optional().describe('Functioneel e-mailadres (nooit een persoonlijk adres)'),
    /** Other domains the organisation runs as its own (a project site); a contact there counts as the organisation's. */
    eigenDomeinen: z
      .array(z.string().regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'geen domeinnaam: schrijf alleen het domein, zonder https:// en zonder /, bv. streetaction.be' }))
      .optional()
      .describe('Andere eigen webdomeinen van de organisatie, bv. de website van een eigen project (alleen het domein, bv. streetaction.be)'),
    /** Where the facts come from. */
    bron: bron().optional().describe('Bronnen over de organisatie'),
  });

  const beleid = z.object({
    ...pageFields,
    /** Parent page in the hierarchy; the breadcrumb follows it. */
    ouder: ref('beleid').optional().describe('Bovenliggende beleidspagina (id), bepaalt de kruimelnavigatie'),
    /** Position among sibling pages. */
    volgorde: z.number().int().min(0).default(100).describe('Volgorde in menu’s (lager komt eerst)'),
    /** Themes the page is about. */
    themas: terms('thema').optional().describe('Thema’s uit content/taxonomie/thema.yaml'),
    /** Shows the "Projecten in de kijker" cards after the text. */
    projectenInDeKijker: z.boolean().default(false).describe('Toon de kaarten "Projecten in de kijker" onder de tekst'),
    /** Dated milestones, drawn as a timeline above the text. */
    tijdlijn: z
      .array(
        z.object({
          datum: calendarDate().describe('Datum van de mijlpaal (JJJJ-MM-DD)'),
          titel: z.string().min(3).describe('Korte titel van de mijlpaal'),
          tekst: z.string().min(10).describe('Eén of twee zinnen uitleg'),
        }),
      )
      .optional()
      .describe('Mijlpalen voor een tijdlijn, in chronologische volgorde'),
  });

  const contact = z
    .object({
      /** Functional e-mail address shown in full. */
      email: email().optional().describe('Functioneel e-mailadres'),
      /** Web page with contact details or a contact form. */
      website: webUrl().optional().describe('Webpagina met contactgegevens of een contactformulier'),
      /** Telephone number of a service, never a person. */
      telefoon: z.string().regex(/^\+?[0-9 ./-]{8,20}$/, { message: 'geen geldig telefoonnummer' }).optional().describe('Telefoonnummer van een dienst'),
    })
    .refine((c) => c.email || c.website || c.telefoon, { message: 'geef minstens een e-mailadres, website of telefoonnummer' });

  const project = z.object({
    ...pageFields,
    /** Organisation that runs the project. */
    eigenaar: ref('organisaties').describe('Organisatie die het project trekt (id uit content/organisaties)'),
    /** Other organisations involved. */
    partners: z.array(ref('organisaties')).default([]).describe('Partnerorganisaties (ids uit content/organisaties)'),
    /** Kind of project or instrument. */
    soort: term('projectsoort').describe('Soort project, uit content/taxonomie/projectsoort.yaml'),
    /** Who it is for. */
    doelgroepen: terms('doelgroep').describe('Doelgroepen, uit content/taxonomie/doelgroep.yaml'),
    /** Themes. */
    themas: terms('thema').describe('Thema’s, uit content/taxonomie/thema.yaml'),
    /** Years the project runs. */
    periode: periode().optional().describe('Looptijd in jaren'),
    /** What local governments can get from it, one line each. */
    aanbod: z.array(z.string().min(3)).min(1).describe('Wat het project biedt, één punt per regel'),
    /** Project website. */
    website: webUrl().optional().describe('Website van het project'),
    /** Functional contact. */
    contact: contact.optional().describe('Functioneel contact'),
    /** Shown in "Projecten in de kijker" on the theme page; left out when not highlighted. */
    inDeKijker: z
      .object({
        /** Position in the grid, 1 first. */
        plaats: z.number().int().min(1).describe('Plaats in het rooster (1 = eerst)'),
        /** Card heading. */
        kop: z.string().min(3).describe('Titel op de kaart, bv. "Wij-Zij Netwerk - Kazerne Dossin"'),
        /** Card text in Markdown; links get their markers like in the body. */
        tekst: z.string().min(20).describe('Tekst op de kaart (Markdown, links mogen)'),
      })
      .optional()
      .describe('Toon het project in "Projecten in de kijker"; laat weg om het niet te tonen'),
  });

  const goedePraktijk = z.object({
    ...pageFields,
    /** Kind of practice. */
    type: term('praktijktype').describe('Praktijkvoorbeeld, methodiek of interventie'),
    /** Databank themes. */
    themas: terms('thema').describe('Thema’s, uit content/taxonomie/thema.yaml'),
    /** Who it is for. */
    doelgroepen: terms('doelgroep').describe('Doelgroepen, uit content/taxonomie/doelgroep.yaml'),
    /** Scale it works at. */
    schaal: terms('schaal').describe('Schaal: buurt, wijk, gemeente of regio'),
    /** Municipalities where it runs (names, not a facet). */
    gemeenten: z.array(z.string().min(2)).default([]).describe('Gemeenten waar de praktijk loopt, bv. ["Mechelen"]'),
    /** Provinces, or Vlaanderen or Nederland. */
    provincies: terms('provincie').describe('Provincie(s), of "vlaanderen" of "nederland"'),
    /** Years it ran or runs. */
    periode: periode().optional().describe('Looptijd in jaren'),
    /** Points of attention for whoever copies it. */
    leerpunten: z.array(z.string().min(10)).min(1).describe('Leerpunten: waar moet wie de praktijk overneemt op letten'),
    /** Further reading. */
    zieOok: z
      .array(z.object({ titel: z.string().min(3).describe('Linktekst'), url: webUrl().describe('Webadres') }))
      .default([])
      .describe('Links en publicaties om verder te lezen'),
    /** Words a visitor might search for. */
    sleutelwoorden: z.array(z.string().min(2)).min(1).describe('Sleutelwoorden om op te zoeken'),
    /** Related entries; computed ones are added after these. */
    verwant: z.array(ref('goede-praktijken')).default([]).describe('Verwante praktijken (ids uit content/goede-praktijken)'),
    /** Organisation that owns the practice. */
    eigenaar: ref('organisaties').describe('Projecteigenaar (id uit content/organisaties)'),
    /** Actors needed. */
    partners: z.array(ref('organisaties')).default([]).describe('Partners (ids uit content/organisaties)'),
    /** Functional contact of the owner or a partner; left out when none is known, and the fiche says so. */
    contact: contact
      .optional()
      .describe('Functioneel contact van de eigenaar of een partner: e-mail, of een pagina op hun eigen website, of telefoon; laat weg als er geen is (de fiche zegt dan dat er geen rechtstreeks contact bekend is)'),
    /** When the sources in `bron` were read: what the fiche's facts are as of. */
    bronGeraadpleegd: calendarDate().describe('Datum waarop de bronnen gelezen zijn (JJJJ-MM-DD): de feiten op de fiche gelden op die dag'),
    /** Set only when a person really checked that the contact reaches the owner; never copied from another date. */
    contactGecontroleerd: calendarDate()
      .optional()
      .describe('Datum waarop iemand het contact echt gecontroleerd heeft (JJJJ-MM-DD); laat weg zolang niemand dat deed'),
    /** Whether it still runs, as far as the sources say. */
    status: term('status').describe('Actief, afgerond, gearchiveerd, of onbekend als de bronnen het niet zeggen'),
    /** True only for fiches confirmed in the original Databank. */
    inDatabank: z.boolean().default(false).describe('true als de fiche ook in de oorspronkelijke Databank staat'),
  });

  return { organisatie, beleid, project, goedePraktijk };
}
