import { PLACEHOLDERS } from '../../src/check/placeholders.ts';
import type { EntryType } from './types.ts';

/** What an example may use from the content it is written for. */
export interface ExampleContext {
  titel: string;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** An existing organisation id. */
  organisatie: string;
  /** An existing policy page to hang a new one under; undefined leaves `ouder` commented out. */
  beleidOuder: string | undefined;
  /** First allowed value of the field's taxonomy, read from the schema. */
  firstTerm: (path: string) => string;
}

/** A value that is written commented out: it changes what the site shows, so the editor opts in. */
export interface Commented {
  commented: unknown;
}
export type Example = unknown | Commented;
export const isCommented = (v: unknown): v is Commented => typeof v === 'object' && v !== null && 'commented' in v;

const year = (ctx: ExampleContext) => Number(ctx.today.slice(0, 4));

/**
 * Placeholder values that pass the check, one per top-level field. Kept here, beside the schemas'
 * descriptions, so `npm run new` and the field reference in CONTRIBUTING.md show the same examples.
 * A field without an example makes both fail loudly, so a new schema field cannot be forgotten.
 */
export function examples(type: EntryType, ctx: ExampleContext): Record<string, Example> {
  const page = {
    titel: ctx.titel,
    samenvatting: PLACEHOLDERS.samenvatting,
    bijgewerkt: ctx.today,
    bron: ['https://www.vlaanderen.be/samenleven/sociale-cohesie'],
    draft: true,
  };
  const contact = { email: `info@${PLACEHOLDERS.domein}`, website: `https://www.${PLACEHOLDERS.domein}/contact`, telefoon: PLACEHOLDERS.telefoon };
  switch (type) {
    case 'beleid':
      return {
        ...page,
        ouder: ctx.beleidOuder ?? { commented: 'sociale-cohesie' },
        volgorde: 100,
        themas: [ctx.firstTerm('themas')],
        projectenInDeKijker: false,
        tijdlijn: { commented: [{ datum: ctx.today, titel: 'Titel van de mijlpaal', tekst: PLACEHOLDERS.mijlpaal }] },
      };
    case 'project':
      return {
        ...page,
        eigenaar: ctx.organisatie,
        partners: [],
        soort: ctx.firstTerm('soort'),
        doelgroepen: [ctx.firstTerm('doelgroepen')],
        themas: [ctx.firstTerm('themas')],
        periode: { start: year(ctx) },
        aanbod: [PLACEHOLDERS.aanbod],
        website: `https://www.${PLACEHOLDERS.domein}/project`,
        contact,
        inDeKijker: { commented: { plaats: 1, kop: ctx.titel, tekst: PLACEHOLDERS.kaart } },
      };
    case 'goede-praktijk':
      return {
        ...page,
        type: ctx.firstTerm('type'),
        themas: [ctx.firstTerm('themas')],
        doelgroepen: [ctx.firstTerm('doelgroepen')],
        schaal: [ctx.firstTerm('schaal')],
        gemeenten: ['Mechelen'],
        provincies: [ctx.firstTerm('provincies')],
        periode: { start: year(ctx), einde: year(ctx) },
        leerpunten: [PLACEHOLDERS.leerpunt],
        zieOok: [{ titel: 'Verslag van de praktijk', url: `https://www.${PLACEHOLDERS.domein}/verslag` }],
        sleutelwoorden: ['buurt'],
        verwant: [],
        eigenaar: ctx.organisatie,
        partners: [],
        contact,
        bronGeraadpleegd: ctx.today,
        // Only a person who really checked the contact may set this date, so it starts out empty.
        contactGecontroleerd: { commented: 'JJJJ-MM-DD' },
        status: ctx.firstTerm('status'),
        inDatabank: false,
      };
    case 'organisatie':
      return {
        naam: ctx.titel,
        afkorting: ctx.titel.split(/\s+/).filter((w) => /^[A-ZÀ-Ý]/.test(w)).map((w) => w[0]).join('') || ctx.titel.slice(0, 4),
        website: `https://www.${PLACEHOLDERS.domein}/`,
        email: `info@${PLACEHOLDERS.domein}`,
        eigenDomeinen: { commented: [`project-van-${PLACEHOLDERS.domein}`] },
        bron: [`https://www.${PLACEHOLDERS.domein}/over-ons`],
      };
  }
}

/** Markdown body of a new entry: the usual headings, to be replaced. */
export const BODIES: Record<EntryType, string | undefined> = {
  beleid: 'Schrijf hier de tekst van de pagina. Gebruik ## voor tussentitels.\n',
  project: '## Wat is het project?\n\nBeschrijf het project.\n\n## Wat biedt het project?\n\nBeschrijf het aanbod.\n\n## Voor wie?\n\nBeschrijf de doelgroep.\n',
  'goede-praktijk': '## Wat is de praktijk?\n\nBeschrijf de praktijk.\n\n## Hoe pak je het aan?\n\nBeschrijf de aanpak in stappen.\n\n## Wat leverde het op?\n\nBeschrijf de resultaten.\n',
  organisatie: undefined,
};
