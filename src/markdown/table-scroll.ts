import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The region around the n-th table of a page: focusable and labelled, so a wide table scrolls on
 * its own on a 320 px phone instead of widening the page (WCAG 1.4.10 reflow), and keyboard users
 * can scroll it too (axe: scrollable-region-focusable). The one definition both pipelines use.
 */
export function tableRegion(n: number, table?: Element): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['tabel-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Tabel ${n}` },
    children: table ? [table] : [],
  };
}

/** Rehype plugin: wraps each table in its tableRegion. */
export default function rehypeTableScroll() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      n++;
      parent.children[index] = tableRegion(n, node);
      return 'skip';
    });
  };
}
