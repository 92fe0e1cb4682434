import { distance } from 'fastest-levenshtein';

/** How many typing mistakes a word of this length may contain and still be recognised. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/** Length of the common start of two words. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * True when a typed word occurs on the site as it is, as the start of a longer word (Pagefind
 * matches prefixes), or as another form of a site word: both share a start of five letters or
 * more and differ only in an ending of at most four ("gemeentes" and "gemeente", "polariserende"
 * and "polarisering"), which Pagefind's Dutch stemming matches by itself.
 */
export function isKnownWord(word: string, vocabulary: readonly string[], known: ReadonlySet<string>): boolean {
  if (known.has(word)) return true;
  return vocabulary.some((v) => {
    if (v.startsWith(word)) return true;
    const shared = commonStart(v, word);
    return shared >= 5 && word.length - shared <= 4 && v.length - shared <= 4;
  });
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
