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

/** GitHub repository (owner/name) the CMS at /admin/ reads and writes through pull requests. */
export const CMS_REPO = process.env.CMS_REPO ?? 'vlaanderen/preventie-radicalisering-polarisering';

/** Branch the site is published from; the CMS opens its pull requests against it. */
export const CMS_BRANCH = process.env.CMS_BRANCH ?? 'main';

/**
 * OAuth provider for the CMS's GitHub login (Decap's `base_url` and `auth_endpoint`). Unset: Decap's
 * default, Netlify's OAuth service, for a site hosted on Netlify. Elsewhere: the address of a
 * self-hosted external OAuth client (see CONTRIBUTING.md, "Inloggen op de gepubliceerde site").
 */
export const CMS_AUTH_BASE_URL = process.env.CMS_AUTH_BASE_URL || undefined;
export const CMS_AUTH_ENDPOINT = process.env.CMS_AUTH_ENDPOINT || undefined;
