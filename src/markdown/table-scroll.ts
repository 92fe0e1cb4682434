import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin: wraps each table in a focusable, labelled scroll region, so a wide table
 * scrolls on its own on a 320 px phone instead of widening the page (WCAG 1.4.10 reflow),
 * and keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export default function rehypeTableScroll() {
  return (tree: Root) => {
    let n = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      n++;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['tabel-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Tabel ${n}` },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
