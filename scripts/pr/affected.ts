import { dependencyValue, type SiteModel } from './pageModel.ts';

/** The pages of the change that a reviewer and the gates must look at, and why. */
export interface AffectedPages {
  /** Root-relative paths that exist after the change, sorted. */
  pages: string[];
  /** Per page: the changed dependency keys, or `nieuw` for a page that did not exist in the base. */
  reasons: Map<string, string[]>;
  /** Pages of the base that no longer exist (each needs a redirect, see urlChanges.ts). */
  removed: string[];
}

/**
 * Compares the base and the change page by page: a page is affected when it is new, or when anything it
 * shows (in the base or after the change) has a different value now. Each key is compared once.
 */
export function affectedPages(base: SiteModel, head: SiteModel): AffectedPages {
  const changed = new Map<string, boolean>();
  const isChanged = (key: string) => {
    let c = changed.get(key);
    if (c === undefined) {
      c = JSON.stringify(dependencyValue(base, key)) !== JSON.stringify(dependencyValue(head, key));
      changed.set(key, c);
    }
    return c;
  };
  const reasons = new Map<string, string[]>();
  for (const [url, keys] of head.pages) {
    const before = base.pages.get(url);
    if (!before) {
      reasons.set(url, ['nieuw']);
      continue;
    }
    const hits = [...new Set([...keys, ...before])].filter(isChanged).sort();
    if (hits.length) reasons.set(url, hits);
  }
  return {
    pages: [...reasons.keys()].sort(),
    reasons,
    removed: [...base.pages.keys()].filter((u) => !head.pages.has(u)).sort(),
  };
}
