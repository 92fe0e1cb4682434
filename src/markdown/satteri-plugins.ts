import type { HastPluginList } from 'satteri';
import satteriLinkMarkers from './satteri-link-markers.ts';
import satteriTableScroll from './satteri-table-scroll.ts';

/** ./plugins.ts for the Sätteri processor: the same steps, as Sätteri hast plugins. */
export function satteriHastPlugins(site: string): HastPluginList {
  return [satteriLinkMarkers({ site }), satteriTableScroll()];
}
