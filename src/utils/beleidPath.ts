import { policyPath } from './paths';

/** Minimal shape of a policy entry needed to place it in the hierarchy. */
export interface Placeable {
  id: string;
  data: { ouder?: { id: string } | undefined };
}

/** Result of walking a page's parents: the chain root first, or why the walk stopped. */
export interface AncestryWalk<T> {
  chain: T[];
  /** `missing`: a parent id names no page; `cycle`: the parents loop back (`at` is the page met twice). */
  broken?: { kind: 'missing'; id: string } | { kind: 'cycle'; at: T };
}

/** Walks up the parents of `entry`; shared by the pages and the content check, which reports the breaks. */
export function walkAncestry<T>(entry: T, parentId: (e: T) => string | undefined, byId: ReadonlyMap<string, T>): AncestryWalk<T> {
  const chain: T[] = [entry];
  for (let id = parentId(entry); id !== undefined; id = parentId(chain[0]!)) {
    const parent = byId.get(id);
    if (!parent) return { chain, broken: { kind: 'missing', id } };
    if (chain.includes(parent)) return { chain, broken: { kind: 'cycle', at: parent } };
    chain.unshift(parent);
  }
  return { chain };
}

/**
 * The ancestry of a policy page, root first. URLs and breadcrumbs both follow it, so a page
 * moved under another parent changes both at once (and needs a redirect, see src/redirects.ts).
 */
export function beleidAncestry<T extends Placeable>(entry: T, all: readonly T[]): T[] {
  const { chain, broken } = walkAncestry(entry, (e) => e.data.ouder?.id, new Map(all.map((e) => [e.id, e])));
  if (broken) {
    const at = chain[0]!;
    throw new Error(`beleid/${at.id}: ouder "${at.data.ouder?.id}" bestaat niet of vormt een kring`);
  }
  return chain;
}

/** Root-relative URL of a policy page, e.g. /sociale-cohesie/preventie-van-gewelddadige-radicalisering/. */
export function beleidPath<T extends Placeable>(entry: T, all: readonly T[]): string {
  return policyPath(beleidAncestry(entry, all).map((e) => e.id));
}
