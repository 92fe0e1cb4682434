import { describe, expect, it } from 'vitest';
import { isPhrase, queryTerms, withoutStopWords } from '@/components/search/queryTerms';

describe('query words', () => {
  it('drops Dutch stop words from a question', () => {
    expect(withoutStopWords(queryTerms('hoe kan mijn gemeente subsidie krijgen?'))).toEqual(['gemeente', 'subsidie', 'krijgen?']);
  });

  it('keeps the words when nothing else would be left', () => {
    expect(withoutStopWords(queryTerms('wat is dat'))).toEqual(['wat', 'is', 'dat']);
  });

  it('keeps wij and zij, which name a network on this site', () => {
    expect(withoutStopWords(queryTerms('wij zij netwerk'))).toEqual(['wij', 'zij', 'netwerk']);
  });

  it('recognises an exact phrase between double quotes', () => {
    expect(isPhrase('"lokale besturen"')).toBe(true);
    expect(isPhrase('lokale "besturen"')).toBe(false);
  });
});
