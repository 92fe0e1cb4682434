import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * ./table-scroll.ts as a Sätteri hast plugin: each table in a focusable, labelled scroll region
 * (WCAG 1.4.10 reflow). A factory, so the table count starts again in every document.
 */
export default function satteriTableScroll(): HastPluginEntry {
  return () => {
    let n = 0;
    return defineHastPlugin({
      name: 'table-scroll',
      element: {
        filter: ['table'],
        visit(node, ctx) {
          n++;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['tabel-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Tabel ${n}` },
            children: [],
          });
        },
      },
    });
  };
}
