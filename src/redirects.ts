import { SEED_PAGE } from './utils/fixedPages';

/**
 * Old addresses of the portal and the theme page, and where their content lives now. Kept in the
 * repository so links in mails, bookmarks and other sites keep working. Each key is an old path
 * (no trailing slash, as it was published), each value a page of this site. Add a line when a page
 * moves; never remove one. Emitted as meta-refresh pages (Astro `redirects`) and as dist/_redirects.
 */
const SEED = SEED_PAGE.href;
const NEWS = '/radicalisering-en-polarisatie/nieuwsberichten-van-radicalisering-en-polarisatie';

export const redirects: Record<string, string> = {
  // preventie-radicalisering-polarisering.vlaanderen.be, the former portal on this very host
  '/preventie-van-gewelddadige-radicalisering-en-polarisering-achtergrond': `${SEED}achtergrond-en-actieplannen/`,
  '/nieuws/ondersteuning-voor-lokale-besturen-projectoproep-preventie-van-extremisme-en-polarisatie':
    '/projecten/projectoproep-lokale-besturen-2021/',

  // vlaanderen.be/radicalisering-en-polarisatie/…, the portal's later home
  '/radicalisering-en-polarisatie': SEED,
  '/radicalisering-en-polarisatie/beleid': SEED,
  '/radicalisering-en-polarisatie/partners': `${SEED}partners-en-vlaams-platform-radicalisering/`,
  '/radicalisering-en-polarisatie/ondersteuning-lokale-regierol-over-beleid-preventie-gewelddadige-radicalisering-extremisme-terrorisme-en-schadelijke-polarisatie': `${SEED}decreet-2024-en-lokale-regierol/`,
  '/radicalisering-en-polarisatie/projecten/het-wij-zij-project': '/projecten/wij-zij-netwerk/',
  '/radicalisering-en-polarisatie/projecten/verbindingsofficieren-voor-nieuwe-opvangcentra-voor-asielzoekers':
    '/projecten/verbindingsofficieren-opvangcentra/',
  [`${NEWS}/goedkeuring-bvr-radicalisering`]: `${SEED}decreet-2024-en-lokale-regierol/`,
  [`${NEWS}/samenwerking-en-informatiedeling-zijn-de-sleutels-tot-succes`]: '/projecten/livc-r/',
  [`${NEWS}/negatieve-polarisatie-hoe-ga-je-er-mee-om`]: '/projecten/wij-zij-netwerk/',

  // vlaanderen.be/samenleven/sociale-cohesie/…, the theme entry
  '/samenleven/sociale-cohesie': '/sociale-cohesie/',
  '/samenleven/sociale-cohesie/preventie-van-gewelddadige-radicalisering': SEED,
};
