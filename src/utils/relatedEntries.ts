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

/** How many distinct values two lists share. */
function shared(a: readonly string[], b: ReadonlySet<string>): number {
  return [...new Set(a)].filter((v) => b.has(v)).length;
}

/**
 * Related entries for a fiche: the editor's `verwant` first (unknown ids and the entry itself skipped),
 * then the other entries that share themes or keywords, highest score first, ties by title.
 */
export function relatedEntries<T extends RelatedCandidate>(entry: RelatedCandidate, all: readonly T[], limit = 5): T[] {
  const byId = new Map(all.map((e) => [e.id, e]));
  const chosen: T[] = [];
  const seen = new Set([entry.id]);
  for (const id of entry.verwant) {
    const hit = byId.get(id);
    if (hit && !seen.has(id)) {
      chosen.push(hit);
      seen.add(id);
    }
  }
  const themes = new Set(entry.themas);
  const keywords = new Set(entry.sleutelwoorden.map(norm));
  const scored = all
    .filter((e) => !seen.has(e.id))
    .map((e) => ({
      e,
      score:
        KEYWORD_WEIGHT * shared(e.sleutelwoorden.map(norm), keywords) + THEME_WEIGHT * shared(e.themas, themes),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.e.titel.localeCompare(b.e.titel, 'nl'));
  return [...chosen, ...scored.map((s) => s.e)].slice(0, Math.max(limit, chosen.length));
}
