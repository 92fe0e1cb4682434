import { defineHastPlugin } from 'satteri';
import { linkDecoration, type LinkMarkerOptions } from './link-markers.ts';

/**
 * The link markers of ./link-markers.ts as a Sätteri hast plugin: the same `linkKind` rule and
 * the same output, for Astro's native Markdown processor. Only <a> elements cross from Rust to JS.
 */
export default function satteriLinkMarkers(options: LinkMarkerOptions) {
  return defineHastPlugin({
    name: 'link-markers',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const { properties, marker, unlink } = linkDecoration(href, options.site);
        if (unlink) {
          ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: {}, children: [...node.children] });
          return;
        }
        for (const [name, value] of Object.entries(properties)) ctx.setProperty(node, name, value);
        if (marker) ctx.appendChild(node, marker);
      },
    },
  });
}
