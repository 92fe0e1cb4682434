/** What the ranking needs of an entry. */
export interface RelatedCandidate {
  id: string;
  titel: string;
  themas: readonly string[];
  sleutelwoorden: readonly string[];
  /** Ids the editor chose; they come first, in the editor's order. */
  verwant: readonly string[];
}

/** A shared keyword says more about two practices than a shared theme: the Databank has only a handful of themes. */
const KEYWORD_WEIGHT = 2;
const THEME_WEIGHT = 1;

const norm = (s: string) => s.trim().toLocaleLowerCase('nl');
const byTitle = (a: RelatedCandidate, b: RelatedCandidate) => a.titel.localeCompare(b.titel, 'nl');

/**
 * Prepares the ranking for a whole collection and returns a function that gives the related entries of one
 * entry: the editor's `verwant` first (unknown ids and the entry itself skipped), then the other entries that
 * share themes or keywords, highest score first, ties by title.
 *
 * Scoring every pair would be quadratic, too slow for the 10,000-entry benchmark, so the index groups entries
 * by keyword (few share one) and by their exact set of themes (only a handful of distinct sets exist):
 * entries that share only themes are then ranked per theme set, not one by one.
 */
export function relatedFinder<T extends RelatedCandidate>(all: readonly T[]): (entry: RelatedCandidate, limit?: number) => T[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  const byKeyword = new Map<string, T[]>();
  const byThemeSet = new Map<string, { themes: string[]; entries: T[] }>();
  for (const e of all) {
    for (const k of new Set(e.sleutelwoorden.map(norm))) {
      const list = byKeyword.get(k);
      if (list) list.push(e);
      else byKeyword.set(k, [e]);
    }
    const themes = [...new Set(e.themas)].sort();
    const key = themes.join(' ');
    const group = byThemeSet.get(key) ?? { themes, entries: [] };
    group.entries.push(e);
    byThemeSet.set(key, group);
  }
  for (const g of byThemeSet.values()) g.entries.sort(byTitle);

  return (entry, limit = 5) => {
    const chosen: T[] = [];
    const skip = new Set([entry.id]);
    for (const id of entry.verwant) {
      const hit = byId.get(id);
      if (hit && !skip.has(id)) {
        chosen.push(hit);
        skip.add(id);
      }
    }
    const themes = new Set(entry.themas);
    const sharedThemes = (e: RelatedCandidate) => [...new Set(e.themas)].filter((t) => themes.has(t)).length;

    // Entries with a shared keyword, scored in full.
    const keywordHits = new Map<string, number>();
    for (const k of new Set(entry.sleutelwoorden.map(norm))) {
      for (const e of byKeyword.get(k) ?? []) if (!skip.has(e.id)) keywordHits.set(e.id, (keywordHits.get(e.id) ?? 0) + 1);
    }
    const scored = [...keywordHits].map(([id, n]) => {
      const e = byId.get(id)!;
      return { e, score: KEYWORD_WEIGHT * n + THEME_WEIGHT * sharedThemes(e) };
    });

    // Entries sharing only themes: per theme set, the first few by title are all that can make the list.
    const room = Math.max(limit - chosen.length, 0);
    for (const g of byThemeSet.values()) {
      const shared = g.themes.filter((t) => themes.has(t)).length;
      if (shared === 0) continue;
      let taken = 0;
      for (const e of g.entries) {
        if (taken >= room) break;
        if (skip.has(e.id) || keywordHits.has(e.id)) continue;
        scored.push({ e, score: THEME_WEIGHT * shared });
        taken++;
      }
    }
    scored.sort((a, b) => b.score - a.score || byTitle(a.e, b.e));
    return [...chosen, ...scored.slice(0, room).map((s) => s.e)];
  };
}

/** Related entries of one entry; build a relatedFinder once instead when ranking a whole collection. */
export function relatedEntries<T extends RelatedCandidate>(entry: RelatedCandidate, all: readonly T[], limit = 5): T[] {
  return relatedFinder(all)(entry, limit);
}
