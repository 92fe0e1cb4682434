import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import nl from '../i18n/nl.json' with { type: 'json' };
import { linkKind, type LinkMarkerOptions } from './link-markers.ts';

function marker(text: string): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['link-marker'] },
    children: [{ type: 'text', value: ` (${text})` }],
  };
}

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
        const kind = linkKind(href, options.site);
        if (kind === 'external') {
          ctx.setProperty(node, 'target', '_blank');
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
          ctx.appendChild(node, marker(nl.link.nieuwVenster));
        } else if (kind === 'mailto') {
          ctx.appendChild(node, marker(nl.link.email));
        }
      },
    },
  });
}
