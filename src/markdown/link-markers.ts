import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import nl from '../i18n/nl.json' with { type: 'json' };
import { unsafeScheme } from '../utils/safeHref.ts';

export interface LinkMarkerOptions {
  /** The site's own origin; links to it are internal and get no marker. */
  site: string;
}

export type LinkKind = 'external' | 'mailto' | 'internal';

/** Classifies an href relative to the site, the single rule behind every marker. */
export function linkKind(href: string, site: string): LinkKind {
  if (/^mailto:/i.test(href)) return 'mailto';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return 'internal';
  try {
    return new URL(href, site).origin === new URL(site).origin ? 'internal' : 'external';
  } catch {
    return 'internal';
  }
}

function marker(text: string): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['link-marker'] },
    children: [{ type: 'text', value: ` (${text})` }],
  };
}

/** What a link gets: the attributes to set and the marker to append, if any. */
export interface LinkDecoration {
  properties: Record<string, string | string[]>;
  marker: ElementContent | undefined;
  /** The href would run code or open something other than a page (`javascript:`, `data:`, …): show the text, not a link. */
  unlink?: true;
}

/** The one decision behind every marker, shared by the unified and the Sätteri plugin. */
export function linkDecoration(href: string, site: string): LinkDecoration {
  // The content check rejects these; should one get past it, it still never reaches a page as a link.
  if (unsafeScheme(href)) return { properties: {}, marker: undefined, unlink: true };
  const kind = linkKind(href, site);
  if (kind === 'external') {
    return { properties: { target: '_blank', rel: ['noopener', 'noreferrer'] }, marker: marker(nl.link.nieuwVenster) };
  }
  return { properties: {}, marker: kind === 'mailto' ? marker(nl.link.email) : undefined };
}

/**
 * A link as HTML with the attributes and marker every link of the site gets: the one rendering
 * of a link outside Markdown (Link.astro, the archive banner). `content` is text, escaped here,
 * or `{ html }` that is already safe HTML (a rendered slot).
 */
export function linkHtml(href: string, content: string | { html: string }, site: string): string {
  const { properties, marker: m } = linkDecoration(href, site);
  const inner: ElementContent[] = [typeof content === 'string' ? { type: 'text', value: content } : { type: 'raw', value: content.html }];
  if (m) inner.push(m);
  return toHtml({ type: 'element', tagName: 'a', properties: { href, ...properties }, children: inner }, { allowDangerousHtml: true });
}

/** Adds the markers to one <a>; exported so non-Markdown renderers can share it. */
export function markLink(node: Element, site: string): void {
  const href = typeof node.properties?.href === 'string' ? node.properties.href : undefined;
  if (!href) return;
  const { properties, marker: m, unlink } = linkDecoration(href, site);
  if (unlink) {
    node.tagName = 'span';
    node.properties = {};
    return;
  }
  Object.assign(node.properties, properties);
  if (m) node.children.push(m);
}

/**
 * Rehype plugin: editors write plain Markdown links; visitors are told when a link leaves
 * the site or opens their mail program (WCAG 3.2.5 advisory, and the Flemish house style).
 */
export default function rehypeLinkMarkers(options: LinkMarkerOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a') markLink(node, options.site);
    });
  };
}
