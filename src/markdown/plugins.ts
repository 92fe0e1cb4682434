import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeLinkMarkers from './link-markers.ts';
import rehypeTableScroll from './table-scroll.ts';

/** The rehype plugins of every Markdown render on the site: page bodies and Markdown fields alike. */
export function rehypePlugins(site: string): RehypePlugins {
  return [[rehypeLinkMarkers, { site }], rehypeTableScroll];
}
