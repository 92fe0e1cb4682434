import { describe, expect, it } from 'vitest';
import { isKnownWord, nearestWord } from '@/components/search/nearestWord';

const vocabulary = ['polarisatie', 'polarisering', 'gemeente', 'burenbemiddeling', 'dossin', 'wijk', 'kazerne'];
const known = new Set(vocabulary);

describe('recognising a mistyped word', () => {
  it('finds the site word one or two typing mistakes away', () => {
    expect(nearestWord('polarizatie', vocabulary)).toBe('polarisatie');
    expect(nearestWord('burenbemiddling', vocabulary)).toBe('burenbemiddeling');
    expect(nearestWord('dosin', vocabulary)).toBe('dossin');
  });

  it('leaves short words and words far from any site word alone', () => {
    expect(nearestWord('wijs', vocabulary)).toBeUndefined();
    expect(nearestWord('asielzoekers', vocabulary)).toBeUndefined();
  });

  it('returns nothing for a word that is on the site', () => {
    expect(nearestWord('gemeente', vocabulary)).toBeUndefined();
  });

  it('treats a word start and another form of a site word as known', () => {
    expect(isKnownWord('polari', vocabulary, known)).toBe(true);
    expect(isKnownWord('gemeentes', vocabulary, known)).toBe(true);
    expect(isKnownWord('polariserende', vocabulary, known)).toBe(true);
  });

  it('does not take a typing mistake in the middle of a word for another form', () => {
    expect(isKnownWord('polarizatie', vocabulary, known)).toBe(false);
    expect(isKnownWord('burenbemiddling', vocabulary, known)).toBe(false);
  });
});
