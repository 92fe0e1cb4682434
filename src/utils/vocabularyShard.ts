/**
 * The file of the word list a word belongs in: its first letter without accents, or "_". A query
 * then loads about a kilobyte of words per typed word instead of the whole list; a typing mistake
 * in the very first letter is rare and goes uncorrected. Shared by the build and the search page.
 */
export function vocabularyShard(word: string): string {
  const first = word.normalize('NFD').charAt(0).toLowerCase();
  return /^[a-z0-9]$/.test(first) ? first : '_';
}
