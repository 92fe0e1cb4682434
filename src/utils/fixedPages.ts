import nl from '@/i18n/nl.json';
import type { PageRef } from './allPages';
import { overviewPath, policyPath } from './paths';

/** A page written as an .astro file. */
export interface FixedPage extends PageRef {
  /** False for a page the A-Z index leaves out (the index itself). */
  inAz: boolean;
  /** The page's own h1, <title> and last breadcrumb, where shorter than its A-Z title. */
  kop?: string;
  /** Meta description, for pages whose layout takes it from here. */
  beschrijving?: string;
}

/**
 * Pages written as .astro files, in one place: the A-Z index lists them beside the content pages,
 * and the content check counts them among the pages a link may point at.
 */
export const FIXED_PAGES: readonly FixedPage[] = [
  { titel: 'Home', href: '/', soort: 'Pagina', inAz: true },
  { titel: 'Projecten', href: overviewPath('projecten'), soort: 'Overzicht', inAz: true },
  { titel: 'Databank sociale samenhang', href: overviewPath('goede-praktijken'), soort: 'Overzicht', inAz: true },
  {
    titel: 'Selectiekader van de Databank sociale samenhang', href: '/databank/selectiekader/', soort: 'Pagina', inAz: true,
    kop: nl.databank.selectiekader,
    beschrijving: "Welke praktijken in de Databank sociale samenhang komen: de twee thema's en de zeven algemene criteria.",
  },
  {
    titel: 'Praktijk indienen voor de Databank sociale samenhang', href: '/databank/praktijk-indienen/', soort: 'Pagina', inAz: true,
    kop: nl.databank.praktijkIndienen,
    beschrijving: 'Hoe een stad, gemeente of organisatie een goede praktijk voorstelt voor de Databank sociale samenhang.',
  },
  {
    titel: 'Open data van de Databank sociale samenhang', href: '/databank/open-data/', soort: 'Pagina', inAz: true,
    kop: nl.databank.openData,
    beschrijving: 'Alle goede praktijken van de Databank sociale samenhang als JSON en CSV, met een JSON Schema, voor vrij hergebruik.',
  },
  { titel: 'Zoeken', href: '/zoeken/', soort: 'Pagina', inAz: true },
  { titel: 'Toegankelijkheidsverklaring', href: '/toegankelijkheidsverklaring/', soort: 'Pagina', inAz: true },
  { titel: "A-Z van alle pagina's", href: '/a-z/', soort: 'Overzicht', inAz: false },
];

/** The fixed page at `href`; a typo in a page's own address fails the build. */
export function fixedPage(href: string): FixedPage {
  const page = FIXED_PAGES.find((p) => p.href === href);
  if (!page) throw new Error(`${href} staat niet in FIXED_PAGES (src/utils/fixedPages.ts)`);
  return page;
}

/**
 * The seed policy page (content/beleid/preventie-van-gewelddadige-radicalisering.md), rebuilt from
 * the original theme page: the entry point of the policy section in the menu, the target of the old
 * portal's addresses, and the parent `npm run new` suggests for a new policy page.
 */
export const SEED_PAGE = {
  id: 'preventie-van-gewelddadige-radicalisering',
  href: policyPath(['sociale-cohesie', 'preventie-van-gewelddadige-radicalisering']),
} as const;
