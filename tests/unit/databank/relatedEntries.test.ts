import { describe, expect, it } from 'vitest';
import { relatedEntries, type RelatedCandidate } from '@/utils/relatedEntries';

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
