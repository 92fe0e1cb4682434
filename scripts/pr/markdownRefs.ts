import { dirname, join, relative, resolve } from 'node:path';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import { SITE_URL } from '../../src/config.ts';

/** What a piece of Markdown points at on this site: pages it links to and local files it shows. */
export interface MarkdownRefs {
  /** Root-relative page paths with a trailing slash, e.g. /projecten/wij-zij-netwerk/. */
  pages: string[];
  /** Image files relative to the repository root, e.g. content/beleid/kaart.png or public/img/x.jpg. */
  files: string[];
}

const SITE = new URL(SITE_URL);
const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/**
 * Links and images of one Markdown text, parsed with Sätteri like the site and the content check do.
 * `file` is the absolute path of the content file (for relative images), `repoDir` the folder with content/ and public/.
 */
export function markdownRefs(text: string, file: string, pageUrl: string, repoDir: string): MarkdownRefs {
  const tree = markdownToMdast(text, { features: { frontmatter: false } }) as Root;
  const pages = new Set<string>();
  const files = new Set<string>();
  visit(tree, (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') {
      let target: URL;
      try {
        target = new URL(node.url, new URL(pageUrl, SITE));
      } catch {
        return;
      }
      if (target.host !== SITE.host || /\.[a-z0-9]{2,5}$/i.test(target.pathname)) return;
      const path = decodeURI(target.pathname);
      pages.add(path.endsWith('/') ? path : `${path}/`);
    }
    if (node.type === 'image' && !isExternal(node.url)) {
      const clean = decodeURI(node.url.split(/[?#]/)[0]!);
      const abs = clean.startsWith('/') ? join(repoDir, 'public', clean) : resolve(dirname(file), clean);
      files.add(relative(repoDir, abs).split('\\').join('/'));
    }
  });
  return { pages: [...pages], files: [...files] };
}
