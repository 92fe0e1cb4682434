import nl from '@/i18n/nl.json';

/** Root-relative URL of the seed policy page, the entry point of the policy section. */
export const BELEID_HOME = '/sociale-cohesie/preventie-van-gewelddadige-radicalisering/';

/** Top-level sections, in menu order. */
export const MAIN_NAV: readonly { href: string; label: string }[] = [
  { href: '/', label: nl.nav.home },
  { href: BELEID_HOME, label: nl.nav.beleid },
  { href: '/projecten/', label: nl.nav.projecten },
  { href: '/databank/', label: nl.nav.databank },
  { href: '/a-z/', label: nl.nav.az },
];
