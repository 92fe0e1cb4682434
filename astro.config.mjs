// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypePlugins } from './src/markdown/plugins.ts';
import { SITE_URL, STAGING_DIR } from './src/config.ts';

export default defineConfig({
  site: SITE_URL,
  outDir: STAGING_DIR,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: rehypePlugins(SITE_URL),
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap()],
});
