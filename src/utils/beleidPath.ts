/** Minimal shape of a policy entry needed to place it in the hierarchy. */
export interface Placeable {
  id: string;
  data: { ouder?: { id: string } | undefined };
}

/**
 * The ancestry of a policy page, root first. URLs and breadcrumbs both follow it, so a page
 * moved under another parent changes both at once (and needs a redirect, see src/redirects.ts).
 */
export function beleidAncestry<T extends Placeable>(entry: T, all: readonly T[]): T[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  const chain: T[] = [entry];
  let current = entry;
  while (current.data.ouder) {
    const parent = byId.get(current.data.ouder.id);
    if (!parent || chain.includes(parent)) {
      throw new Error(`beleid/${current.id}: ouder "${current.data.ouder.id}" bestaat niet of vormt een kring`);
    }
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}

/** Root-relative URL of a policy page, e.g. /sociale-cohesie/preventie-van-gewelddadige-radicalisering/. */
export function beleidPath<T extends Placeable>(entry: T, all: readonly T[]): string {
  return `/${beleidAncestry(entry, all).map((e) => e.id).join('/')}/`;
}
