import type { PageRef } from './allPages';

/** Pages written as .astro files, listed in the A-Z index beside the content pages. */
export const FIXED_PAGES: PageRef[] = [
  { titel: 'Home', href: '/', soort: 'Pagina' },
  { titel: 'Projecten', href: '/projecten/', soort: 'Overzicht' },
  { titel: 'Databank sociale samenhang', href: '/databank/', soort: 'Overzicht' },
  { titel: 'Zoeken', href: '/zoeken/', soort: 'Pagina' },
  { titel: 'Toegankelijkheidsverklaring', href: '/toegankelijkheidsverklaring/', soort: 'Pagina' },
];
