import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { SITE_URL } from '../config.ts';
import { rehypePlugins } from './plugins.ts';
import { satteriHastPlugins } from './satteri-plugins.ts';

/**
 * The site's Markdown pipeline, for page bodies (astro.config.mjs) and Markdown fields in front
 * matter (src/utils/renderMarkdown.ts) alike. Sätteri, Astro's native processor, is the default:
 * with 10,000 fiches unified() alone takes the build past the 60 s goal (docs/bench-results.md).
 * MARKDOWN_PROCESSOR=unified switches both back; the two run the same rules (linkDecoration for
 * link markers, tableRegion for tables), so the output is the same.
 */
const processors = {
  unified: () => unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: rehypePlugins(SITE_URL) }),
  satteri: () => satteri({ hastPlugins: satteriHastPlugins(SITE_URL) }),
};

export type ProcessorName = keyof typeof processors;

/** Astro's Markdown options besides the processor; the field renderer uses them too. */
export const MARKDOWN_OPTIONS = {
  // Shiki colours code with inline style attributes, which the CSP (rightly) refuses.
  syntaxHighlight: false,
} as const;

/** The processor MARKDOWN_PROCESSOR names (default `satteri`). */
export function markdownProcessor(name: string = process.env.MARKDOWN_PROCESSOR ?? 'satteri') {
  if (!Object.hasOwn(processors, name)) {
    throw new Error(`MARKDOWN_PROCESSOR must be one of: ${Object.keys(processors).join(', ')}`);
  }
  return processors[name as ProcessorName]();
}

let renderer: Promise<MarkdownRenderer> | undefined;

/** A renderer of the same pipeline, built once per process. */
export function markdownRenderer(): Promise<MarkdownRenderer> {
  renderer ??= markdownProcessor().createRenderer({ ...MARKDOWN_OPTIONS });
  return renderer;
}
