import type { Nodes, Parents } from 'mdast';

/**
 * Every node of a Markdown tree with its parent, depth first, without recursion: a list nested
 * 3,000 levels deep (which the site renders) overflowed the call stack of a recursive visit.
 */
export function walkTree(root: Nodes, visit: (node: Nodes, parent: Parents | undefined) => void): void {
  const stack: [Nodes, Parents | undefined][] = [[root, undefined]];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    visit(node, parent);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as Nodes, node]);
    }
  }
}
