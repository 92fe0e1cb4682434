import { FILTER_KEYS, hasFilters, type FilterKey, type SearchState } from './searchState';
import { isPhrase, queryTerms, withoutStopWords } from './queryTerms';
import { nearestWord } from './nearestWord';

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
}

export interface Outcome {
  /** The query as typed. */
  query: string;
  /** What was searched after correcting typing mistakes or leaving out words that found nothing. */
  searched: string;
  /** True when `searched` is not simply the typed query minus stop words. */
  changed: boolean;
  results: PagefindResult[];
  /** Per filter key, how many results each value would give, the key's own choice set aside. */
  counts: FilterCounts;
}

/** Longest query the relaxation step tries combinations of; longer questions are cut. */
const MAX_TERMS = 8;

function pagefindFilters(filters: SearchState['filters'], skip?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    // Values within one group widen the result (any); groups narrow it.
    if (key !== skip && filters[key].length > 0) out[key] = { any: filters[key] };
  }
  return out;
}

/** Subsets of `items` with `size` members, keeping the original order. */
function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...combinations(rest, size - 1).map((c) => [first, ...c]), ...combinations(rest, size)];
}

/**
 * Searches the way a visitor expects: every word must match; when that finds nothing, mistyped
 * words are replaced by the nearest word on the site, and then words are left out, the fewest
 * possible, keeping the combination whose best page scores highest. Nothing depends on a query.
 */
export async function runSearch(
  pagefind: PagefindApi,
  state: SearchState,
  loadVocabulary: () => Promise<readonly string[]>,
): Promise<Outcome> {
  const sort = state.sort === 'datum' ? { date: 'desc' as const } : undefined;
  const filters = pagefindFilters(state.filters);
  const search = async (term: string | null, f: PagefindFilters = filters) =>
    (await pagefind.search(term, sort ? { filters: f, sort } : { filters: f })) ?? { results: [] };

  const empty: Outcome = { query: state.q, searched: '', changed: false, results: [], counts: {} };
  if (!state.q && !hasFilters(state)) return empty;

  let terms: string[] = [];
  let response: PagefindResponse;
  if (!state.q) {
    response = await search(null);
  } else if (isPhrase(state.q)) {
    terms = [state.q.trim()];
    response = await search(terms[0]!);
  } else {
    terms = withoutStopWords(queryTerms(state.q)).slice(0, MAX_TERMS);
    const typed = terms.join(' ');
    response = await search(typed);
    if (response.results.length === 0) {
      const vocabulary = await loadVocabulary().catch(() => [] as string[]);
      const known: string[] = [];
      for (const term of terms) {
        // A word found anywhere on the site stays, even if the filters rule it out here.
        if ((await pagefind.search(term))?.results.length) known.push(term);
        else {
          const near = nearestWord(term, vocabulary);
          if (near) known.push(near);
        }
      }
      if (known.join(' ') !== typed && known.length > 0) {
        terms = known;
        response = await search(terms.join(' '));
      }
      for (let size = terms.length - 1; response.results.length === 0 && size >= 1; size--) {
        const tries = await Promise.all(
          combinations(terms, size).map(async (subset) => ({ subset, found: await search(subset.join(' ')) })),
        );
        const best = tries
          .filter((t) => t.found.results.length > 0)
          .sort((a, b) => b.found.results[0]!.score - a.found.results[0]!.score)[0];
        if (best) {
          terms = best.subset;
          response = best.found;
        }
      }
    }
  }

  const searched = terms.join(' ');
  const counts: FilterCounts = { ...(response.filters ?? {}) };
  for (const key of FILTER_KEYS) {
    if (state.filters[key].length === 0) continue;
    const without = await search(searched || null, pagefindFilters(state.filters, key));
    counts[key] = without.filters?.[key] ?? {};
  }
  const typedTerms = state.q && !isPhrase(state.q) ? withoutStopWords(queryTerms(state.q)).slice(0, MAX_TERMS) : terms;
  return {
    query: state.q,
    searched,
    changed: searched.toLowerCase() !== typedTerms.join(' ').toLowerCase(),
    results: response.results,
    counts,
  };
}

/**
 * The section of a page that matched best, so the result links straight to it. Sections are the
 * page's headings with an id; the page top has no anchor.
 */
export function bestSection(data: ResultData): SubResult | undefined {
  const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return [...(data.sub_results ?? [])].sort((a, b) => score(b) - score(a))[0];
}
