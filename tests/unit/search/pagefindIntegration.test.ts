import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex, indexedTexts, problemsInLog, vocabulary, vocabularyShards, type BuiltIndex } from '../../../src/integrations/pagefind';
import { vocabularyShard } from '@/utils/vocabularyShard';

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

  describe('on a built site', () => {
    let site: string;
    let built: BuiltIndex;
    const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

    beforeAll(async () => {
      site = mkdtempSync(join(tmpdir(), 'pagefind-words-'));
      mkdirSync(join(site, 'fiche'));
      writeFileSync(join(site, 'fiche', 'index.html'), page(
        '<nav>Hoofdmenu</nav><article data-pagefind-body><h1>Burenbemiddeling &amp; buurt</h1>' +
        '<p><a href="https://example.org/">Gent<span class="link-marker"> (opent in nieuw venster)</span></a> samenleven</p>' +
        '<div hidden data-pagefind-ignore>verborgen trefwoorden</div>' +
        '<section data-pagefind-ignore><h2>Bronnen</h2><p>bronvermelding</p></section>' +
        '<aside data-pagefind-ignore="all"><h2>Verwante</h2><p>verwantschap</p></aside>' +
        '</article><footer>cookies voettekstwoord</footer>',
      ));
      writeFileSync(join(site, 'lijst.html'), page('<p>overzichtslijst</p><footer>voettekstwoord</footer>'));
      built = await buildIndex(site, 'nl');
    }, 60_000);

    afterAll(() => rmSync(site, { recursive: true, force: true }));

    it('reads only the indexed part of a page, without link markers', () => {
      const texts = indexedTexts(join(site, 'pagefind'));
      expect(texts).toHaveLength(1);
      const text = texts[0]!;
      expect(text).toContain('Burenbemiddeling & buurt');
      expect(text).not.toContain('Hoofdmenu');
      expect(text).not.toContain('venster');
      expect(built.pages).toBe(1);
    });

    it('never suggests a word from the footer', () => {
      expect(built.words).toContain('samenleven');
      expect(built.words).not.toContain('cookies');
      expect(built.words).not.toContain('voettekstwoord');
    });

    it('never suggests a word from a block Pagefind ignores', () => {
      expect(built.words).not.toContain('verborgen');
      expect(built.words).not.toContain('bronvermelding');
      expect(built.words).not.toContain('verwantschap');
    });

    it('writes the word list Pagefind\'s index was built from, one file per first letter', () => {
      const shard = JSON.parse(readFileSync(join(site, 'pagefind', 'woorden', 's.json'), 'utf8')) as string[];
      expect(shard).toContain('samenleven');
      expect(existsSync(join(site, 'pagefind', 'woorden', 'c.json'))).toBe(false);
    });
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
