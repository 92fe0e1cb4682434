import { describe, expect, it } from 'vitest';
import { SearchRunner, bestSection, type PagefindApi, type ResultData } from '@/components/search/runSearch';
import { readState } from '@/components/search/searchState';

/** A tiny Pagefind stand-in: pages are word lists with a type; every word must match, as in Pagefind. */
function fakePagefind(pages: Record<string, { words: string[]; type: string }>): PagefindApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async search(term, options = {}) {
      calls.push(term ?? '(filters)');
      const words = term ? term.toLowerCase().split(' ') : [];
      const wanted = options.filters?.type?.any;
      const hits = Object.entries(pages).filter(
        ([, p]) => words.every((w) => p.words.some((pw) => pw.startsWith(w))) && (!wanted || wanted.includes(p.type)),
      );
      const counts: Record<string, number> = {};
      for (const [, p] of hits) counts[p.type] = (counts[p.type] ?? 0) + 1;
      return {
        results: hits.map(([id, p]) => ({
          id,
          score: words.reduce((s, w) => s + p.words.filter((pw) => pw.startsWith(w)).length, 0),
          data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, filters: { type: [p.type] } }),
        })),
        filters: { type: counts },
      };
    },
    async filters() {
      const counts: Record<string, number> = {};
      for (const p of Object.values(pages)) counts[p.type] = (counts[p.type] ?? 0) + 1;
      return { type: counts };
    },
  };
}

const pages = {
  gent: { words: ['burenbemiddeling', 'gent', 'vrijwilligers'], type: 'Goede praktijk' },
  leuven: { words: ['burenbemiddeling', 'leuven'], type: 'Goede praktijk' },
  scholen: { words: ['aanspreekpunt', 'radicalisering', 'scholen', 'scholen'], type: 'Project' },
  beleid: { words: ['radicalisering', 'hulp', 'gemeenten'], type: 'Beleid' },
};
const words = async () => ['burenbemiddeling', 'radicalisering', 'scholen', 'vrijwilligers', 'gemeenten', 'aanspreekpunt'];
const state = (query: string) => readState(new URLSearchParams(query));

describe('running a search', () => {
  it('finds pages with every word and counts them per filter value', async () => {
    const outcome = await new SearchRunner(fakePagefind(pages), words).run(state('q=burenbemiddeling'));
    expect(outcome.results.map((r) => r.id).sort()).toEqual(['gent', 'leuven']);
    expect(outcome.counts.type).toEqual({ 'Goede praktijk': 2 });
    expect(outcome.corrected || outcome.partial).toBe(false);
  });

  it('replaces a mistyped word by the nearest word on the site', async () => {
    const outcome = await new SearchRunner(fakePagefind(pages), words).run(state('q=burenbemiddling+gent'));
    expect(outcome.corrected).toBe(true);
    expect(outcome.searched).toBe('burenbemiddeling gent');
    // One page has both words; fewer than three, so the page with one of them follows.
    expect(outcome.complete).toBe(1);
    expect(outcome.results.map((r) => r.id)).toEqual(['gent', 'leuven']);
  });

  it('ranks pages with some of the words when too few have all of them', async () => {
    const outcome = await new SearchRunner(fakePagefind(pages), words).run(state('q=welke+hulp+scholen+bij+radicalisering'));
    expect(outcome.partial).toBe(true);
    expect(outcome.complete).toBe(0);
    expect(outcome.results.map((r) => r.id)).toEqual(['scholen', 'beleid']);
  });

  it('counts a filter group as if its own choice were not made, so other values stay reachable', async () => {
    const outcome = await new SearchRunner(fakePagefind(pages), words).run(state('q=radicalisering&type=Project'));
    expect(outcome.results.map((r) => r.id)).toEqual(['scholen']);
    expect(outcome.counts.type).toEqual({ Project: 1, Beleid: 1 });
  });

  it('lists pages by filter alone and does nothing for an empty form', async () => {
    const pf = fakePagefind(pages);
    const runner = new SearchRunner(pf, words);
    expect((await runner.run(state('type=Beleid'))).results.map((r) => r.id)).toEqual(['beleid']);
    pf.calls.length = 0;
    expect((await runner.run(state(''))).results).toEqual([]);
    expect(pf.calls).toEqual([]);
  });
});

describe('the best section of a result', () => {
  it('is the sub-result with the highest summed match score', () => {
    const data: ResultData = {
      url: '/p/',
      excerpt: '',
      meta: {},
      filters: {},
      sub_results: [
        { title: 'Top', url: '/p/', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 2, location: 1 }] },
        { title: 'Wie', url: '/p/#wie', anchor: { id: 'wie' }, excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 3, location: 9 }, { weight: 1, balanced_score: 1, location: 12 }] },
      ],
    };
    expect(bestSection(data)?.url).toBe('/p/#wie');
  });
});
