// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { MARKDOWN_OPTIONS, markdownProcessor } from './src/markdown/processor.ts';
import pagefind from './src/integrations/pagefind.ts';
import { CMS_AUTH_BASE_URL, CMS_AUTH_ENDPOINT, CMS_BRANCH, CMS_REPO, SITE_URL, STAGING_DIR } from './src/config.ts';
import { redirects } from './src/redirects.ts';
import redirectsFile from './src/integrations/redirects-file.ts';
import hostingFiles from './src/integrations/hosting-files.ts';
import { metaCspDirectives } from './src/headers.ts';
import { sharedStylesChunk } from './src/hosting/sharedStyles.ts';
import cms from './src/integrations/cms.ts';

export default defineConfig({
  site: SITE_URL,
  outDir: STAGING_DIR,
  trailingSlash: 'always',
  // Pages render 16 at a time: while one waits for its file to be written, the next renders (10,000
  // fiches: page generation 30 s to about 20 s). Pages share no state, so the output is the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  compressHTML: true,
  prefetch: false,
  redirects,
  devToolbar: { enabled: false },
  // Scripts and assets always as files, never inlined: the CSP header (src/headers.ts) has
  // script-src 'self' and no hashes, so an inlined <script> would be blocked on a real host.
  // The seed page's stylesheets as one file: see src/hosting/sharedStyles.ts.
  vite: { build: { assetsInlineLimit: 0, rollupOptions: { output: { manualChunks: sharedStylesChunk } } } },
  // Every page gets a CSP <meta> with hashes of its own scripts and styles, never 'unsafe-inline',
  // and the site-wide directives of src/headers.ts that a <meta> can carry (not frame-ancestors:
  // browsers ignore it there; servers send it as a header, from the same definitions).
  security: { csp: { directives: metaCspDirectives() } },
  // One pipeline for page bodies and Markdown fields (src/markdown/processor.ts).
  markdown: { processor: markdownProcessor(), ...MARKDOWN_OPTIONS },
  // Content check first (stops on errors), then Pagefind: it indexes the finished HTML. The CMS
  // writes /admin/ after Pagefind, so the search index never contains it. Last, _headers and the
  // precompressed .br/.gz files, the search index and the CMS included.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap(),
    redirectsFile({ redirects, site: SITE_URL }),
    pagefind({ language: 'nl' }),
    cms({
      backend: { repo: CMS_REPO, branch: CMS_BRANCH, baseUrl: CMS_AUTH_BASE_URL, authEndpoint: CMS_AUTH_ENDPOINT },
      site: SITE_URL,
      proxyTarget: process.env.CMS_PROXY_TARGET,
    }),
    hostingFiles(),
  ],
});
