import { markdownRenderer } from '@/markdown/processor';

/** Renders a Markdown field from front matter through the pipeline of the page bodies. */
export async function renderMarkdown(text: string): Promise<string> {
  return (await (await markdownRenderer()).render(text)).code;
}
