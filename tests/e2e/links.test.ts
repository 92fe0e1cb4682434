import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker } from 'linkinator';
import { serveSite } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import type { StaticServer } from '../../scripts/lib/static-server';

let server: StaticServer;
beforeAll(async () => {
  server = await serveSite();
});
afterAll(() => server?.close());

describe('links in the built site', () => {
  let crawled: { url: string; state: string; status?: number; parent?: string }[] = [];

  beforeAll(async () => {
    const checker = new LinkChecker();
    // External sites are out of reach in CI and are not ours to keep alive; only our own links count.
    const result = await checker.check({ path: `${server.url}/`, recurse: true, linksToSkip: ['^(?!http://127\\.0\\.0\\.1)'] });
    crawled = result.links;
  }, 300_000);

  it('has no broken internal link', () => {
    const broken = crawled.filter((l) => l.state === 'BROKEN').map((l) => `${l.parent} -> ${l.url} (${l.status})`);
    expect(broken).toEqual([]);
  });

  it('reaches every page of the sitemap by following links from the home page', () => {
    const reached = new Set(crawled.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    expect(sitemapPaths().filter((p) => !reached.has(p))).toEqual([]);
  });
});
