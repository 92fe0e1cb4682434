import { decodeHTML } from 'entities';

/** The text of an HTML document's <title>, entities decoded; '' when it has none. */
export function pageTitle(html: string): string {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? decodeHTML(m[1]!).replace(/\s+/g, ' ').trim() : '';
}
