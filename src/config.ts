/** Site-wide settings that differ per deployment; every other module reads them from here. */
export const SITE_URL = process.env.SITE_URL ?? 'https://preventie-radicalisering-polarisering.vlaanderen.be';

/** Base of the "Bewerk deze pagina" links: the repository's edit URL for the main branch. */
export const EDIT_BASE_URL =
  process.env.EDIT_BASE_URL ?? 'https://github.com/vlaanderen/preventie-radicalisering-polarisering/edit/main/';

/** Where `astro build` writes; `npm run build` moves it to dist/ only after every step passed. */
export const STAGING_DIR = process.env.STAGING_DIR ?? 'build/site';

/** Where visitors report an accessibility problem or other feedback (the repository's issue forms). */
export const FEEDBACK_URL =
  process.env.FEEDBACK_URL ?? 'https://github.com/vlaanderen/preventie-radicalisering-polarisering/issues/new/choose';

/** The repository's issue form "Nieuwe goede praktijk voorstellen" (see .github/ISSUE_TEMPLATE). */
export const PRACTICE_PROPOSAL_URL =
  process.env.PRACTICE_PROPOSAL_URL ??
  'https://github.com/vlaanderen/preventie-radicalisering-polarisering/issues/new?template=nieuwe-goede-praktijk.yml';

/** Licence of the Databank's open data: the Flemish government's model licence for free reuse. */
export const OPEN_DATA_LICENCE_URL = 'https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0';
