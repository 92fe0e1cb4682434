import { FILTER_KEYS, hasFilters, type FilterKey, type SearchState } from './searchState';
import { isPhrase, queryTerms, withoutStopWords } from './queryTerms';
import { isKnownWord, nearestWord } from './nearestWord';

/** Counts per filter value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind result the search page uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SubResult {
  title: string;
  url: string;
  anchor?: { id: string } | undefined;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}

interface PagefindResponse {
  results: PagefindResult[];
  filters?: FilterCounts;
}

type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/** The part of Pagefind's JS API the search page calls. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
  /** Every filter value with its page count. */
  filters(): Promise<FilterCounts>;
}

export interface Outcome {
  /** The query as typed. */
  query: string;
  /** The words searched: stop words left out, typing mistakes corrected. */
  searched: string;
  /** Words of the typed query that were replaced by the nearest word on the site. */
  corrected: boolean;
  /** Few or no pages had every word: pages with some of them follow, best matches first. */
  partial: boolean;
  /** How many results, at the top, have every word (only counted when `partial`). */
  complete: number;
  results: PagefindResult[];
  /** Per filter key, how many results each value would give, the key's own choice set aside. */
  counts: FilterCounts;
}

/**
 * Fewer pages than this with every word, and pages with some of the words are added to them:
 * a long question rarely has all its words on the one page that answers it.
 */
const MIN_COMPLETE = 3;

/** Longest query that is searched word by word; longer questions are cut. */
const MAX_TERMS = 8;

function pagefindFilters(filters: SearchState['filters'], skip?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    // Values within one group widen the result (any); groups narrow it.
    if (key !== skip && filters[key].length > 0) out[key] = { any: filters[key] };
  }
  return out;
}

/**
 * Searches the way a visitor expects. Every word must match. A word that does not occur on the
 * site and is close to one that does counts as a typing mistake and is replaced. When no page has
 * every word, pages with some of them are shown, ranked by the sum of their scores per word (so
 * rare words weigh more, as in BM25). Nothing here depends on a particular query.
 */
export class SearchRunner {
  /** Page ids per filter value and the date order, for combining word-by-word results. */
  private pagesByValue = new Map<string, Set<string>>();
  private dateOrder?: Promise<Map<string, number>>;

  constructor(
    private readonly pagefind: PagefindApi,
    /** Site words that could be meant by the given typed words (see vocabularyShard). */
    private readonly vocabulary: (terms: string[]) => Promise<readonly string[]>,
  ) {}

  async run(state: SearchState): Promise<Outcome> {
    const outcome: Outcome = { query: state.q, searched: '', corrected: false, partial: false, complete: 0, results: [], counts: {} };
    if (!state.q && !hasFilters(state)) return outcome;
    if (!state.q || isPhrase(state.q)) {
      outcome.searched = state.q.trim();
      return this.together(state, outcome.searched || null, outcome);
    }
    let terms = withoutStopWords(queryTerms(state.q)).slice(0, MAX_TERMS);
    const [words, first] = await Promise.all([
      this.vocabulary(terms).catch(() => [] as readonly string[]),
      this.find(terms.join(' '), state),
    ]);
    // A word that looks like no word on the site is corrected even when Pagefind finds something
    // for it (its prefix matching turns "polarizatie" into "PolarProf"); a word that looks like an
    // inflection of a site word is left to Pagefind's stemming, unless nothing is found at all.
    const fixed = this.correct(terms, words, 'unknown') ?? (first.results.length === 0 ? this.correct(terms, words, 'any') : undefined);
    let response = first;
    if (fixed) {
      const again = await this.find(fixed.join(' '), state);
      if (again.results.length > 0 || first.results.length === 0) {
        terms = fixed;
        response = again;
        outcome.corrected = true;
      }
    }
    outcome.searched = terms.join(' ');
    if (response.results.length >= MIN_COMPLETE || terms.length === 1) return this.together(state, outcome.searched, outcome, response);
    if (response.results.length > 0) {
      outcome.partial = true;
      return this.someWords(state, terms, outcome, response.results);
    }
    // Word by word, a correction is only used for a word that finds nothing as typed.
    const typed = withoutStopWords(queryTerms(state.q)).slice(0, MAX_TERMS);
    terms = await Promise.all(
      typed.map(async (word, i) => (((await this.pagefind.search(word))?.results.length ?? 0) > 0 || !fixed ? word : fixed[i]!)),
    );
    outcome.corrected = terms.join(' ') !== typed.join(' ');
    outcome.searched = terms.join(' ');
    outcome.partial = true;
    return this.someWords(state, terms, outcome);
  }

  /**
   * Corrected terms, or undefined when nothing changed. `unknown` corrects only words that do not
   * look like a site word or an inflection of one; `any` every word that is not on the site as is.
   */
  private correct(terms: string[], vocabulary: readonly string[], which: 'unknown' | 'any'): string[] | undefined {
    if (vocabulary.length === 0) return undefined;
    const known = new Set(vocabulary);
    let changed = false;
    const fixed = terms.map((term) => {
      const word = term.toLowerCase().replace(/[?!.,;:]+$/, '');
      // Names with hyphens or digits (Sint-Truiden, LIVC-R, 2015) are typed as they are meant.
      if (!/^\p{L}+$/u.test(word) || known.has(word)) return term;
      if (which === 'unknown' && isKnownWord(word, vocabulary, known)) return term;
      const near = nearestWord(word, vocabulary);
      if (!near) return term;
      changed = true;
      return near;
    });
    return changed ? fixed : undefined;
  }

  private sortOption(state: SearchState) {
    return state.sort === 'datum' ? { sort: { date: 'desc' as const } } : {};
  }

  private async find(term: string | null, state: SearchState, skip?: FilterKey): Promise<PagefindResponse> {
    const found = await this.pagefind.search(term, { filters: pagefindFilters(state.filters, skip), ...this.sortOption(state) });
    return found ?? { results: [] };
  }

  /** All words in one Pagefind query; Pagefind counts the filters. */
  private async together(state: SearchState, term: string | null, outcome: Outcome, response?: PagefindResponse): Promise<Outcome> {
    const found = response ?? (await this.find(term, state));
    const counts: FilterCounts = { ...(found.filters ?? {}) };
    for (const key of FILTER_KEYS) {
      if (state.filters[key].length > 0) counts[key] = (await this.find(term, state, key)).filters?.[key] ?? {};
    }
    return { ...outcome, results: found.results, counts };
  }

  /** Pages with at least one of the words, scored by the sum over the words. */
  private async merged(terms: string[], state: SearchState, skip?: FilterKey): Promise<PagefindResult[]> {
    const byId = new Map<string, { score: number; best: PagefindResult }>();
    for (const term of terms) {
      for (const result of (await this.find(term, state, skip)).results) {
        const seen = byId.get(result.id);
        if (!seen) byId.set(result.id, { score: result.score, best: result });
        else {
          seen.score += result.score;
          if (result.score > seen.best.score) seen.best = result;
        }
      }
    }
    const results = [...byId].map(([id, { score, best }]) => ({ id, score, data: () => best.data() }));
    if (state.sort === 'datum') {
      const order = await this.dates();
      return results.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    }
    return results.sort((a, b) => b.score - a.score);
  }

  private async someWords(state: SearchState, terms: string[], outcome: Outcome, complete: PagefindResult[] = []): Promise<Outcome> {
    // Pages with every word are in the merged list too, ranked by the same summed score: a page
    // that happens to use every word of a long question is not always the one that answers it.
    const results = await this.merged(terms, state);
    const counts: FilterCounts = {};
    const all = await this.filterValues();
    for (const key of FILTER_KEYS) {
      const pool = state.filters[key].length > 0 ? await this.merged(terms, state, key) : results;
      const ids = pool.map((r) => r.id);
      counts[key] = {};
      for (const value of all[key] ?? []) {
        const pages = await this.pagesWith(key, value);
        counts[key]![value] = ids.filter((id) => pages.has(id)).length;
      }
    }
    return { ...outcome, complete: complete.length, results, counts };
  }

  private filterValuesCache?: Promise<Record<string, string[]>>;
  private filterValues(): Promise<Record<string, string[]>> {
    this.filterValuesCache ??= this.pagefind
      .filters()
      .then((all) => Object.fromEntries(Object.entries(all).map(([k, v]) => [k, Object.keys(v)])));
    return this.filterValuesCache;
  }

  private async pagesWith(key: FilterKey, value: string): Promise<Set<string>> {
    const cacheKey = `${key}\u0000${value}`;
    let pages = this.pagesByValue.get(cacheKey);
    if (!pages) {
      const found = await this.pagefind.search(null, { filters: { [key]: { any: [value] } } });
      pages = new Set(found?.results.map((r) => r.id) ?? []);
      this.pagesByValue.set(cacheKey, pages);
    }
    return pages;
  }

  private dates(): Promise<Map<string, number>> {
    this.dateOrder ??= this.pagefind
      .search(null, { sort: { date: 'desc' } })
      .then((r) => new Map((r?.results ?? []).map((x, i) => [x.id, i])));
    return this.dateOrder;
  }
}

/**
 * The section of a page that matched best, so the result links straight to it. Sections are the
 * page's headings with an id; the page top has no anchor.
 */
export function bestSection(data: ResultData): SubResult | undefined {
  const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a))[0];
}
