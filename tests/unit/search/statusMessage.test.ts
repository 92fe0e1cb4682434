import { describe, expect, it } from 'vitest';
import { statusMessage } from '@/components/search/searchDom';
import { readState } from '@/components/search/searchState';
import type { Outcome, PagefindResult } from '@/components/search/runSearch';

const results = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }) as PagefindResult);
const outcome = (o: Partial<Outcome>): Outcome => ({ query: '', searched: '', corrected: false, partial: false, complete: 0, results: [], counts: {}, ...o });
const state = (query: string) => readState(new URLSearchParams(query));

describe('the status line of the search page', () => {
  it('counts the results for the words typed', () => {
    expect(statusMessage(state('q=dialoog'), outcome({ results: results(4) }))).toBe('4 resultaten voor ‘dialoog’');
    expect(statusMessage(state('q=dialoog'), outcome({ results: results(1) }))).toBe('1 resultaat voor ‘dialoog’');
  });

  it('says when nothing was found', () => {
    expect(statusMessage(state('q=xyz'), outcome({}))).toBe('Geen resultaten voor ‘xyz’');
  });

  it('names the corrected words and what was typed', () => {
    const line = statusMessage(state('q=polarizatie'), outcome({ results: results(2), corrected: true, searched: 'polarisatie' }));
    expect(line).toBe('2 resultaten voor ‘polarisatie’ (in plaats van ‘polarizatie’)');
  });

  it('says that no page has every word when only some matched', () => {
    expect(statusMessage(state('q=buurt+fiets'), outcome({ results: results(3), partial: true }))).toMatch(/^Geen pagina bevat alle woorden\. 3 resultaten/);
  });

  it('mentions the chosen filters', () => {
    expect(statusMessage(state('q=buurt&thema=Haatspraak'), outcome({ results: results(2) }))).toMatch(/met de gekozen filters$/);
  });
});
