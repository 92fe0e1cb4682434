import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';

interface RelevanceQuery {
  /** What a visitor types. */
  query: string;
  /** Path of the page that must be among the first three results. */
  expected: string;
  /** What the query tests: an inflected form, a name, a place, a typo, a question. */
  kind: string;
}

const queries = JSON.parse(readFileSync('tests/fixtures/relevance-queries.json', 'utf8')) as RelevanceQuery[];

let server: StaticServer;
let page: Page;
useSite((s) => ({ server, page } = s));

/** The first three result paths the search page shows for a query, as a visitor gets them. */
async function topThree(query: string): Promise<string[]> {
  await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('site-search[data-ready]', { timeout: 15_000 });
  return page
    .locator('.resultaat h3 a')
    .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search relevance', () => {
  it('has at least 30 realistic queries whose expected pages exist', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    const missing = queries.filter((q) => {
      try {
        readFileSync(`dist${q.expected}index.html`);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing.map((q) => q.expected)).toEqual([]);
  });

  it.each(queries.map((q) => [q.query, q.kind, q.expected] as const))(
    'finds the expected page in the top 3 for "%s" (%s)',
    async (query, _kind, expected) => {
      expect(await topThree(query)).toContain(expected);
    },
  );
});
