import type { PageRef } from './allPages';

/** Pages written as .astro files, listed in the A-Z index beside the content pages. */
export const FIXED_PAGES: PageRef[] = [
  { titel: 'Home', href: '/', soort: 'Pagina' },
  { titel: 'Projecten', href: '/projecten/', soort: 'Overzicht' },
  { titel: 'Databank sociale samenhang', href: '/databank/', soort: 'Overzicht' },
  { titel: 'Selectiekader van de Databank sociale samenhang', href: '/databank/selectiekader/', soort: 'Pagina' },
  { titel: 'Praktijk indienen voor de Databank sociale samenhang', href: '/databank/praktijk-indienen/', soort: 'Pagina' },
  { titel: 'Open data van de Databank sociale samenhang', href: '/databank/open-data/', soort: 'Pagina' },
  { titel: 'Zoeken', href: '/zoeken/', soort: 'Pagina' },
  { titel: 'Toegankelijkheidsverklaring', href: '/toegankelijkheidsverklaring/', soort: 'Pagina' },
];
