import { describe, expect, it } from 'vitest';
import { applyFilters, foldText, matchesItem, queryWords, type FilterItem, type Selection } from '@/utils/filterPractices';
import { readFilterState, writeFilterState } from '@/utils/filterState';

const item = (thema: string[], provincie: string[], text: string): FilterItem => ({ facets: { thema, provincie }, text: foldText(text) });
const items = [
  item(['polarisering'], ['antwerpen'], 'Bondgenoten sleutelfiguren Utrecht'),
  item(['sociale-samenhang'], ['antwerpen', 'limburg'], 'Buurtvonken Eeklo'),
  item(['polarisering', 'sociale-samenhang'], ['limburg'], 'Dag van de Dialoog'),
  item(['sociale-samenhang'], ['nederland'], 'Één buurt, één camping'),
];
const KEYS = ['thema', 'provincie'];
const visibleIndexes = (r: { visible: boolean[] }) => r.visible.flatMap((v, i) => (v ? [i] : []));

describe('filtering the Databank list', () => {
  it('shows everything when nothing is chosen', () => {
    expect(applyFilters(items, {}, '', KEYS).total).toBe(4);
  });

  it('combines values within one facet with OR', () => {
    expect(visibleIndexes(applyFilters(items, { provincie: ['limburg', 'nederland'] }, '', KEYS))).toEqual([1, 2, 3]);
  });

  it('combines facets with AND', () => {
    expect(visibleIndexes(applyFilters(items, { thema: ['polarisering'], provincie: ['limburg'] }, '', KEYS))).toEqual([2]);
  });

  it('searches every word, without regard to case or accents', () => {
    expect(visibleIndexes(applyFilters(items, {}, 'EEN camping', KEYS))).toEqual([3]);
    expect(visibleIndexes(applyFilters(items, {}, 'dialoog dag', KEYS))).toEqual([2]);
  });

  it('combines the search with the facets', () => {
    expect(visibleIndexes(applyFilters(items, { provincie: ['antwerpen'] }, 'buurt', KEYS))).toEqual([1]);
  });

  it('counts each value as the result of ticking it too, other facets applied', () => {
    const r = applyFilters(items, { thema: ['polarisering'] }, '', KEYS);
    // Within the ticked facet the other value keeps its count, so OR stays visible.
    expect(r.counts.thema).toEqual({ polarisering: 2, 'sociale-samenhang': 3 });
    expect(r.counts.provincie).toEqual({ antwerpen: 1, limburg: 1 });
  });
});

describe('the counts per facet value', () => {
  it('equal, for every selection, the matches with that facet left out (the definition), over a larger list', () => {
    const values = { thema: ['a', 'b', 'c'], provincie: ['x', 'y', 'z', 'w'] };
    const many = Array.from({ length: 200 }, (_, i) =>
      item([values.thema[i % 3]!, ...(i % 5 === 0 ? ['c'] : [])], [values.provincie[i % 4]!], i % 7 === 0 ? 'buurt' : 'wijk'),
    );
    const selections: Selection[] = [{}, { thema: ['a'] }, { thema: ['a', 'c'], provincie: ['y'] }, { provincie: ['w', 'x'] }];
    for (const selection of selections) {
      for (const query of ['', 'buurt']) {
        const words = queryWords(query);
        const expected: Record<string, Record<string, number>> = {};
        for (const key of KEYS) {
          expected[key] = {};
          for (const it of many) if (matchesItem(it, selection, words, key)) for (const v of it.facets[key]!) expected[key]![v] = (expected[key]![v] ?? 0) + 1;
        }
        const result = applyFilters(many, selection, query, KEYS);
        expect(result.counts).toEqual(expected);
        expect(result.visible).toEqual(many.map((it) => matchesItem(it, selection, words)));
      }
    }
  });
});

describe('the filter in the address bar', () => {
  const allowed = { thema: ['polarisering', 'sociale-samenhang'], provincie: ['antwerpen', 'limburg'] };

  it('writes facets in a fixed order and the search last', () => {
    const text = writeFilterState({ selection: { provincie: ['limburg'], thema: ['polarisering', 'sociale-samenhang'] }, query: ' buurt ' }, KEYS);
    expect(text).toBe('?thema=polarisering&thema=sociale-samenhang&provincie=limburg&q=buurt');
  });

  it('reads back what it wrote', () => {
    const state = { selection: { thema: ['polarisering'], provincie: ['antwerpen', 'limburg'] }, query: 'dag van' };
    expect(readFilterState(writeFilterState(state, KEYS), allowed)).toEqual(state);
  });

  it('writes nothing when nothing is chosen', () => {
    expect(writeFilterState({ selection: {}, query: '' }, KEYS)).toBe('');
  });

  it('drops unknown facets and values from an old or edited link', () => {
    expect(readFilterState('?thema=onbestaand&thema=polarisering&kleur=rood', allowed)).toEqual({ selection: { thema: ['polarisering'] }, query: '' });
  });

  it('also accepts comma-separated values', () => {
    expect(readFilterState('?provincie=antwerpen,limburg', allowed).selection).toEqual({ provincie: ['antwerpen', 'limburg'] });
  });

  it('keeps the page of results, and leaves page 1 and a page that is not a number out', () => {
    const state = { selection: { thema: ['polarisering'] }, query: '', page: 3 };
    expect(writeFilterState(state, KEYS)).toBe('?thema=polarisering&pagina=3');
    expect(readFilterState('?thema=polarisering&pagina=3', allowed)).toEqual(state);
    expect(writeFilterState({ ...state, page: 1 }, KEYS)).toBe('?thema=polarisering');
    expect(readFilterState('?pagina=drie', allowed).page).toBeUndefined();
  });
});
