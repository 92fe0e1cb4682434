import type { Nodes, Parents } from 'mdast';

/**
 * Every node of a Markdown tree with its parent and how many lists and block quotes enclose it
 * (itself included), depth first, without recursion: a list nested 3,000 levels deep overflowed the
 * call stack of a recursive visit.
 */
export function walkTree(root: Nodes, visit: (node: Nodes, parent: Parents | undefined, nesting: number) => void): void {
  const stack: [Nodes, Parents | undefined, number][] = [[root, undefined, 0]];
  while (stack.length) {
    const [node, parent, outer] = stack.pop()!;
    const nesting = outer + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
    visit(node, parent, nesting);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, node, nesting]);
    }
  }
}
