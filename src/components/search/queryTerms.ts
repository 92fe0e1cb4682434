// Words that carry no meaning on their own in a Dutch question. Without them "hoe pak ik
// polarisatie aan" still finds pages, and excerpts do not light up every "de" and "het".
// "wij" and "zij" are left out on purpose: the Wij-Zij Netwerk is searched for by those words.
const STOP_WORDS = new Set(
  (
    'de het een en of maar dus in op aan van voor met bij naar om te tot uit over onder door als dan dat die dit deze ' +
    'er is zijn was waren wordt worden werd kan kunnen moet moeten mag wil wilt ik je jij u uw we ze hij mijn onze ' +
    'ons hun hoe wat wie waar wanneer welke welk waarom niet geen ook nog al zich heb hebt heeft hebben doe doet ' +
    'doen zo ben bent meer veel iets iemand alle'
  ).split(' '),
);

/** Query words as typed, split on spaces; a quoted phrase stays as it is (Pagefind searches it exactly). */
export function queryTerms(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean);
}

/** Drops stop words, unless nothing would be left. */
export function withoutStopWords(terms: string[]): string[] {
  const kept = terms.filter((t) => !STOP_WORDS.has(t.toLowerCase().replace(/[?!.,;:]+$/, '')));
  return kept.length > 0 ? kept : terms;
}

/** True for a query Pagefind should get untouched: an exact phrase between double quotes. */
export function isPhrase(query: string): boolean {
  return /^\s*".+"\s*$/.test(query);
}
