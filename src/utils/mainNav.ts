import nl from '@/i18n/nl.json';
import { SEED_PAGE } from './fixedPages';
import { overviewPath } from './paths';

/** Root-relative URL of the seed policy page, the entry point of the policy section. */
export const BELEID_HOME = SEED_PAGE.href;

/** Top-level sections, in menu order. */
export const MAIN_NAV: readonly { href: string; label: string }[] = [
  { href: '/', label: nl.nav.home },
  { href: BELEID_HOME, label: nl.nav.beleid },
  { href: overviewPath('projecten'), label: nl.nav.projecten },
  { href: overviewPath('goede-praktijken'), label: nl.nav.databank },
  { href: '/a-z/', label: nl.nav.az },
];
