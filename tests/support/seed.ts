import { readFileSync } from 'node:fs';

/**
 * Paragraphs of the original page (tests/fixtures/seed-page.txt, copied from the source site),
 * with the link markers stripped: the site renders them as separate elements, checked apart.
 */
export function seedParagraphs(): string[] {
  const text = readFileSync('tests/fixtures/seed-page.txt', 'utf8');
  return text
    .split('\n')
    .map((l) => l.trim())
    // The first line is the source site's loading notice and breadcrumb, not page text.
    .filter((l) => l.split(' ').length > 12 && !l.startsWith('Gedaan met laden'))
    .map((l) => l.replace(/\(opent in (nieuw venster|uw e-mail applicatie)\)/g, '').replace(/\s+/g, ' ').trim());
}

/** List items of the original page ("• …" lines). */
export function seedListItems(): string[] {
  return readFileSync('tests/fixtures/seed-page.txt', 'utf8')
    .split('\n')
    .filter((l) => l.trim().startsWith('•'))
    .map((l) => l.trim().slice(1).trim());
}
