import { describe, expect, it } from 'vitest';
import { indexedText, problemsInLog, vocabulary, vocabularyShards } from '../../../src/integrations/pagefind';
import { vocabularyShard } from '@/components/search/vocabularyShard';

describe('the Pagefind build step', () => {
  it('finds warnings and errors in Pagefind\'s log, each once', () => {
    const log = [
      '[Info]: Found a data-pagefind-body element on the site.',
      '[Warning]: 1 page found without an <html> element. ',
      'Pages without an outer <html> element will not be processed by default. ',
      '[Status]: [Reading languages]',
      '[Warning]: 1 page found without an <html> element. ',
      'Pages without an outer <html> element will not be processed by default. ',
      '[Error]: Error: Pagefind wasn\'t able to build an index.',
    ].join('\n');
    expect(problemsInLog(log)).toEqual([
      '[Warning]: 1 page found without an <html> element. Pages without an outer <html> element will not be processed by default.',
      "[Error]: Error: Pagefind wasn't able to build an index.",
    ]);
  });

  it('finds nothing in a clean log', () => {
    expect(problemsInLog('[Info]: Discovered 1 language: nl\n[Info]: Total: \n  Indexed 22 pages')).toEqual([]);
  });

  it('reads only the indexed part of a page, without link markers', () => {
    const html =
      '<html><body><nav>Hoofdmenu</nav><article data-pagefind-body><h1>Burenbemiddeling &amp; buurt</h1>' +
      '<a href="x">Gent<span class="link-marker"> (opent in nieuw venster)</span></a></article><footer>cookies</footer></body></html>';
    const text = indexedText(html);
    expect(text).toContain('Burenbemiddeling & buurt');
    expect(text).not.toContain('Hoofdmenu');
    expect(text).not.toContain('venster');
    expect(indexedText('<html><body><p>lijst</p></body></html>')).toBe('');
  });

  it('lists words of five letters or more, most frequent first', () => {
    expect(vocabulary(['Gentse gentse wijken de buurt', 'Buurt gentse'])).toEqual(['gentse', 'buurt', 'wijken']);
  });
});

describe('the word list shards', () => {
  it('puts a word in the file of its first letter, accents dropped', () => {
    expect(vocabularyShard('Polarisatie')).toBe('p');
    expect(vocabularyShard('éénheid')).toBe('e');
    expect(vocabularyShard('2015')).toBe('2');
    expect(vocabularyShard('‘citaat')).toBe('_');
  });

  it('keeps each shard in frequency order', () => {
    expect(vocabularyShards(['gemeente', 'polarisatie', 'gent', 'preventie'])).toEqual(
      new Map([
        ['g', ['gemeente', 'gent']],
        ['p', ['polarisatie', 'preventie']],
      ]),
    );
  });
});
