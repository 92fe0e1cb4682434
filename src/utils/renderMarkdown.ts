import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypePlugins } from '@/markdown/plugins';
import { SITE_URL } from '@/config';

let processor: Promise<MarkdownRenderer> | undefined;

/** Renders a Markdown field from front matter with the same link markers as page bodies. */
export async function renderMarkdown(text: string): Promise<string> {
  processor ??= createMarkdownProcessor({
    remarkPlugins: [remarkGfm],
    rehypePlugins: rehypePlugins(SITE_URL),
  });
  return (await (await processor).render(text)).code;
}
