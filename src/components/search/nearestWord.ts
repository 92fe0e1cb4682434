import { distance } from 'fastest-levenshtein';

/** How many typing mistakes a word of this length may contain and still be recognised. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/**
 * True when a typed word occurs on the site as it is, as the start of a longer word (Pagefind
 * matches prefixes), or as a site word plus a short inflection ("gemeentes" after "gemeente").
 */
export function isKnownWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string>): boolean {
  if (known.has(word)) return true;
  return vocabulary.some((v) => v.startsWith(word) || (v.length >= 5 && word.startsWith(v) && word.length - v.length <= 3));
}

/**
 * The vocabulary word closest to a mistyped term, or undefined when nothing is close enough.
 * The vocabulary is ordered from most to least frequent, so a tie goes to the commoner word.
 */
export function nearestWord(term: string, vocabulary: readonly string[]): string | undefined {
  const word = term.toLowerCase();
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = distance(word, candidate);
    if (d === 0) return undefined;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
