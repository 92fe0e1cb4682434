import { describe, expect, it } from 'vitest';
import { relatedEntries, relatedFinder, type RelatedCandidate } from '@/utils/relatedEntries';

const e = (id: string, themas: string[], sleutelwoorden: string[], verwant: string[] = []): RelatedCandidate => ({
  id, titel: id.toUpperCase(), themas, sleutelwoorden, verwant,
});

const all = [
  e('a', ['polarisering'], ['dialoog', 'buurt'], ['d', 'zz', 'a']),
  e('b', ['polarisering'], ['Dialoog']),
  e('c', ['sociale-samenhang'], ['sport']),
  e('d', ['sociale-samenhang'], ['sport']),
  e('e', ['polarisering', 'sociale-samenhang'], ['buurt', 'dialoog']),
];
const ids = (list: RelatedCandidate[]) => list.map((x) => x.id);

describe('related entries', () => {
  it('puts the editor’s choice first, in the editor’s order', () => {
    expect(ids(relatedEntries(all[0]!, all)).slice(0, 1)).toEqual(['d']);
  });

  it('skips unknown ids and the entry itself', () => {
    expect(ids(relatedEntries(all[0]!, all))).not.toContain('a');
    expect(ids(relatedEntries(all[0]!, all))).not.toContain('zz');
  });

  it('ranks shared keywords above a shared theme, ignoring case', () => {
    // e shares two keywords and a theme, b one keyword and a theme; c shares nothing.
    expect(ids(relatedEntries(all[0]!, all))).toEqual(['d', 'e', 'b']);
  });

  it('leaves out entries that share neither a theme nor a keyword', () => {
    expect(ids(relatedEntries(all[1]!, all))).toEqual(['a', 'e']);
  });

  it('breaks ties by title', () => {
    expect(ids(relatedEntries(all[2]!, all))).toEqual(['d', 'e']);
  });

  it('stops at the limit but always keeps every chosen entry', () => {
    expect(ids(relatedEntries(all[4]!, all, 2))).toEqual(['a', 'b']);
    const chosenMany = e('x', [], [], ['a', 'b', 'c']);
    expect(ids(relatedEntries(chosenMany, all, 1))).toEqual(['a', 'b', 'c']);
  });
});

describe('related entries over a large collection', () => {
  // A brute-force ranking to compare the indexed one with.
  function bruteForce(entry: RelatedCandidate, list: RelatedCandidate[], limit: number): string[] {
    const chosen = entry.verwant.filter((id, i, a) => id !== entry.id && a.indexOf(id) === i && list.some((x) => x.id === id));
    const kw = new Set(entry.sleutelwoorden.map((k) => k.toLowerCase()));
    const th = new Set(entry.themas);
    const rest = list
      .filter((x) => x.id !== entry.id && !chosen.includes(x.id))
      .map((x) => ({
        x,
        score: 2 * [...new Set(x.sleutelwoorden.map((k) => k.toLowerCase()))].filter((k) => kw.has(k)).length + [...new Set(x.themas)].filter((t) => th.has(t)).length,
      }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.x.titel.localeCompare(b.x.titel, 'nl'));
    return [...chosen, ...rest.map((s) => s.x.id)].slice(0, Math.max(limit, chosen.length));
  }

  it('gives the same ranking as scoring every pair', () => {
    const themes = ['polarisering', 'sociale-samenhang', 'radicalisering', 'haatspraak'];
    const words = ['dialoog', 'buurt', 'sport', 'jongeren', 'school', 'kunst', 'netwerk', 'vrijwilligers'];
    // A deterministic pseudo-random collection.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (list: string[], n: number) => list.filter(() => rnd() < n / list.length);
    const list = Array.from({ length: 300 }, (_, i) =>
      e(`p${i}`, pick(themes, 1.5), pick(words, 2), rnd() < 0.2 ? [`p${Math.floor(rnd() * 300)}`] : []),
    );
    const finder = relatedFinder(list);
    for (const entry of list) expect(ids(finder(entry, 5)), entry.id).toEqual(bruteForce(entry, list, 5));
  });
});
