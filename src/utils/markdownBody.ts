import { readFileSync } from 'node:fs';

/**
 * The Markdown text of a content file below its front matter, as the editor wrote it. The site does
 * not keep entry bodies in Astro's data store (10,000 fiches would add a third to it); the open data
 * reads them from the file instead.
 */
export function markdownBody(filePath: string): string {
  const text = readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
  const fence = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return fence ? text.slice(fence[0].length) : text;
}
