// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import { rehypePlugins } from './src/markdown/plugins.ts';
import { satteriHastPlugins } from './src/markdown/satteri-plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import { CMS_AUTH_BASE_URL, CMS_AUTH_ENDPOINT, CMS_BRANCH, CMS_REPO, SITE_URL, STAGING_DIR } from './src/config.ts';
import { redirects } from './src/redirects.ts';
import redirectsFile from './src/integrations/redirects-file.ts';
import cms from './src/integrations/cms.ts';

// Sätteri (Astro's native Markdown processor) is the default: with 10,000 fiches unified() alone
// takes the build past the 60 s goal (docs/bench-results.md). Both pipelines run the same steps
// (link markers with the one `linkKind` rule, table regions); MARKDOWN_PROCESSOR=unified switches back.
/** @type {Record<string, () => NonNullable<import('astro').AstroUserConfig['markdown']>['processor']>} */
const processors = {
  unified: () => unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: rehypePlugins(SITE_URL) }),
  satteri: () => satteri({ hastPlugins: satteriHastPlugins(SITE_URL) }),
};
const markdownProcessor = processors[process.env.MARKDOWN_PROCESSOR ?? 'satteri'];
if (!markdownProcessor) throw new Error(`MARKDOWN_PROCESSOR must be one of: ${Object.keys(processors).join(', ')}`);

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
  // Scripts and assets always as files, never inlined: public/_headers sends a CSP with
  // script-src 'self' and no hashes, so an inlined <script> would be blocked on a real host.
  vite: { build: { assetsInlineLimit: 0 } },
  // Every page gets a CSP <meta> with hashes of its own scripts and styles, never 'unsafe-inline'.
  // A <meta> cannot carry frame-ancestors (browsers ignore it there and log an error): that one is
  // only in public/_headers, which static hosts send as the HTTP header.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    processor: markdownProcessor(),
    // Shiki colours code with inline style attributes, which the CSP (rightly) refuses.
    syntaxHighlight: false,
  },
  // Content check first (stops on errors), Pagefind after the pages: it indexes the finished HTML.
  // The CMS writes /admin/ after Pagefind, so the search index never contains it.
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
  ],
});
