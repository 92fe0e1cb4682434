import { copyFileSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite, watchErrors } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';
import { buildArchive, unzipTo, verifyArchive } from '../support/archive';
import { sitemapPaths } from '../support/sitemap';
import { readZip, writeReproducibleZip } from '../../scripts/archive/zip';
import { sha256 } from '../../scripts/archive/checksums';

let zip: string;
let dir: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  zip = buildArchive();
  dir = await unzipTo(zip);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 600_000);
afterAll(() => browser?.close());

/** Every .html file below a folder. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

const fileUrl = (rel: string) => pathToFileURL(join(dir, rel)).href;

/** Follows every link from index.html on disk; returns visited pages and broken links. */
async function crawl(): Promise<{ visited: Set<string>; broken: string[]; errors: string[] }> {
  const visited = new Set<string>();
  const broken: string[] = [];
  const errors: string[] = [];
  const queue = [fileUrl('index.html')];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    const seen = watchErrors(page);
    await page.goto(url);
    errors.push(...seen.map((e) => `${url}: ${e}`));
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    const hrefs = await page.$$eval('a[href], link[href], script[src], img[src]', (els) =>
      els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src),
    );
    for (const href of hrefs) {
      if (!href.startsWith('file:')) continue;
      const clean = href.replace(/[?#].*$/, '');
      const path = fileURLToPath(clean);
      if (!existsSync(path) || statSync(path).isDirectory()) broken.push(`${url} -> ${href}`);
      else if (clean.endsWith('.html') && !visited.has(clean)) queue.push(clean);
    }
  }
  return { visited, broken, errors };
}

describe('the offline archive opened from disk', () => {
  let result: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    result = await crawl();
  }, 300_000);

  it('has no broken link, stylesheet, script or image on any page', () => {
    expect(result.broken).toEqual([]);
  });

  it('reaches every page of the sitemap by following links from index.html', () => {
    const reached = new Set([...result.visited].map((u) => fileURLToPath(u).slice(dir.length)));
    const missing = sitemapPaths().filter((p) => !reached.has(`${p}index.html`));
    expect(missing).toEqual([]);
  });

  it('shows no console error on any page', () => {
    expect(result.errors).toEqual([]);
  });

  it('leaves out the CMS (/admin/), which the built site has', () => {
    expect(existsSync('dist/admin/index.html')).toBe(true);
    expect(existsSync(join(dir, 'admin'))).toBe(false);
  });

  it('shows the archive banner with the date, the commit and a link to the live page', async () => {
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8'));
    await page.goto(fileUrl('projecten/index.html'));
    const banner = page.locator('.archief-banner');
    expect(await banner.innerText()).toMatch(/^Gearchiveerde kopie van \d{1,2} \w+ \d{4} \(versie [0-9a-f]{10}\)/);
    expect(await banner.locator('a').getAttribute('href')).toBe(`${snapshot.siteUrl}/projecten/`);
  });

  it('records commit, dates, site URL, page count and versions in snapshot.json', () => {
    const snapshot = JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8'));
    expect(snapshot).toMatchObject({
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      commitDate: expect.any(String),
      buildDate: expect.any(String),
      siteUrl: expect.stringMatching(/^https:\/\//),
      pageCount: htmlFiles(dir).length,
      versions: { astro: expect.stringMatching(/^7\./), pagefind: expect.any(String) },
    });
  });
});

describe('searching the offline archive', () => {
  const queries = (JSON.parse(readFileSync('tests/fixtures/relevance-queries.json', 'utf8')) as { query: string; expected: string }[]);
  let online: StaticServer;
  beforeAll(async () => {
    // The site the archive was made from, served as on the web: same commit, same index.
    online = await serveSite('build/archive-dist');
  });
  afterAll(() => online?.close());

  /** First three result paths of the search page, as site paths ("/projecten/x/"). */
  async function topThree(url: string): Promise<string[]> {
    await page.goto(url);
    await page.waitForSelector('site-search[data-ready]', { timeout: 15_000 });
    const hrefs = await page.locator('.resultaat h3 a').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
    return hrefs.map((h) => (h.startsWith('file:') ? fileURLToPath(h.replace(/#.*$/, '')).slice(dir.length).replace(/index\.html$/, '') : new URL(h).pathname));
  }

  it.each(['polarisatie', 'burenbemiddeling', 'Hannah Arendt Instituut'])('finds results for "%s" from disk, and a result opens its page', async (q) => {
    const top = await topThree(`${fileUrl('zoeken/index.html')}?q=${encodeURIComponent(q)}`);
    expect(top.length).toBeGreaterThan(0);
    await page.locator('.resultaat h3 a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).toMatch(/^file:.*\/index\.html(#.*)?$/);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('gives the same top three as the online search for every relevance query', async () => {
    const differences: string[] = [];
    for (const { query, expected } of queries) {
      const offline = await topThree(`${fileUrl('zoeken/index.html')}?q=${encodeURIComponent(query)}`);
      const live = await topThree(`${online.url}/zoeken/?q=${encodeURIComponent(query)}`);
      if (JSON.stringify(offline) !== JSON.stringify(live)) differences.push(`${query}: offline ${offline.join(' ')} / online ${live.join(' ')}`);
      if (!offline.includes(expected)) differences.push(`${query}: ${expected} not in the offline top 3`);
    }
    expect(differences).toEqual([]);
  }, 300_000);
});

describe('archive integrity', () => {
  it('passes its own verification', () => {
    const { code, output } = verifyArchive(zip);
    expect(output).toContain('in orde');
    expect(code).toBe(0);
  });

  it('catches a changed, a removed and an added file', async () => {
    const files = await readZip(zip);
    files.set('index.html', Buffer.concat([files.get('index.html')!, Buffer.from('<!-- gewijzigd -->')]));
    files.delete('a-z/index.html');
    files.set('extra.txt', Buffer.from('niet van ons'));
    const tampered = zip.replace(/\.zip$/, '-gewijzigd.zip');
    await writeReproducibleZip(tampered, files, new Date());
    const { code, output } = verifyArchive(tampered);
    expect(code).toBe(1);
    expect(output).toContain('GEWIJZIGD  index.html');
    expect(output).toContain('ONTBREEKT  a-z/index.html');
    expect(output).toContain('EXTRA      extra.txt');
  });

  it('is byte-identical when built again from the same commit', () => {
    const again = buildArchive();
    const copy = `${again}.kopie`;
    copyFileSync(again, copy);
    expect(sha256(readFileSync(copy))).toBe(sha256(readFileSync(zip)));
  }, 600_000);
});
