import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { tableRegion } from './table-scroll.ts';

/**
 * ./table-scroll.ts as a Sätteri hast plugin: each table in its tableRegion. A factory, so the
 * table count starts again in every document.
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
          ctx.wrapNode(node, tableRegion(n));
        },
      },
    });
  };
}
