// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { MARKDOWN_OPTIONS, markdownProcessor } from './src/markdown/processor.ts';
import pagefind from './src/integrations/pagefind.ts';
import { SITE_URL, STAGING_DIR } from './src/config.ts';
import { redirects } from './src/redirects.ts';
import redirectsFile from './src/integrations/redirects-file.ts';

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
  // One pipeline for page bodies and Markdown fields (src/markdown/processor.ts).
  markdown: { processor: markdownProcessor(), ...MARKDOWN_OPTIONS },
  // Content check first (stops on errors), Pagefind last: it indexes the finished HTML.
  integrations: [contentCheck(), mdx(), sitemap(), redirectsFile({ redirects, site: SITE_URL }), pagefind({ language: 'nl' })],
});
