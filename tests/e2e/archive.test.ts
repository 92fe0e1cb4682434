import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser, serveSite, watchErrors } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';
import { buildArchive, unzipTo, verifyArchive } from '../support/archive';
import { sitemapPaths } from '../support/sitemap';
import { readZip, writeReproducibleZip } from '../../scripts/archive/zip';
import { sha256 } from '../../scripts/archive/checksums';
import { archivedUrl, openArchived, serveReplay, type ReplayServer } from '../support/replay';

let zip: string;
/** The second archive of the same commit, made with --warc by the reproducibility test. */
let again: string;
const waczOf = (zipPath: string) => zipPath.replace(/\.zip$/, '.wacz');
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

describe('the Databank opened from disk', () => {
  // From file:// the filter cannot fetch its index, so the page keeps what works without JavaScript.
  it('keeps the facet links and the page links instead of the filter, and the next page lists the other fiches', async () => {
    const seen = watchErrors(page);
    await page.goto(fileUrl('databank/index.html'));
    expect(await page.locator('databank-filter form').isHidden()).toBe(true);
    expect(await page.locator('[data-filter-nav]').isVisible()).toBe(true);
    const facet = await page.locator('[data-filter-nav] a').first().getAttribute('href');
    expect(facet).toMatch(/^[a-z-]+\/[a-z0-9-]+\/index\.html$/);
    const shown = await page.locator('[data-lijst] > li').count();
    const next = page.locator('main nav.paginering a[rel="next"]');
    expect(await next.getAttribute('href')).toBe('pagina/2/index.html');
    await Promise.all([page.waitForURL(/\/databank\/pagina\/2\/index\.html$/), next.click()]);
    const total = Number(await page.locator('[data-aantal-praktijken]').getAttribute('data-aantal-praktijken'));
    expect(await page.locator('main .praktijken > li').count()).toBe(total - shown);
    expect(seen).toEqual([]);
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
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
    const first = page.locator('.resultaat h3 a').first();
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    // Wait for the result's own page: right after the click, the search page itself is still "loaded".
    await Promise.all([page.waitForURL(href), first.click()]);
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

  it('is byte-identical when built again from the same commit, and so is its WACZ', () => {
    again = buildArchive('--warc');
    const copy = `${again}.kopie`;
    copyFileSync(again, copy);
    expect(sha256(readFileSync(copy))).toBe(sha256(readFileSync(zip)));
    expect(sha256(readFileSync(waczOf(again)))).toBe(sha256(readFileSync(waczOf(zip))));
  }, 600_000);
});

describe('the WACZ for web archives', () => {
  const wacz = () => waczOf(zip);

  /** A copy of the WACZ with one byte changed at the first place `marker` occurs in the file. */
  function tamper(marker: string, name: string): string {
    const data = Buffer.from(readFileSync(wacz()));
    const at = data.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    data[at] ^= 0x20;
    const path = wacz().replace(/\.wacz$/, `-${name}.wacz`);
    writeFileSync(path, data);
    return path;
  }

  it('passes its own verification', () => {
    const { code, output } = verifyArchive(wacz());
    expect(output).toMatch(/in orde, 5 bestanden, \d+ WARC-records, \d+ indexregels en \d+ pagina's nagerekend/);
    expect(code).toBe(0);
  });

  it('leaves out the CMS (/admin/), which the built site has', async () => {
    expect(existsSync('dist/admin/index.html')).toBe(true);
    const files = await readZip(wacz());
    const index = files.get('indexes/index.cdx')!.toString();
    expect(index).toContain('/databank/');
    expect(index).not.toContain('/admin/');
    expect(files.get('archive/data.warc')!.includes('/admin/config.yml')).toBe(false);
  });

  it('fails, naming the record, when one byte of an archived page changes', () => {
    const h1 = /<h1[^>]*>([^<]+)</.exec(readFileSync('build/archive-dist/databank/index.html', 'utf8'))![1]!;
    const { code, output } = verifyArchive(tamper(`${h1}</h1>`, 'record'));
    expect(code).toBe(1);
    expect(output).toMatch(/record op byte \d+ \(response https:\/\/\S+\/databank\/\): WARC-Block-Digest klopt niet/);
  });

  it('fails, naming the file, when one byte of the index changes', () => {
    const { code, output } = verifyArchive(tamper('"filename":"data.warc"', 'index'));
    expect(code).toBe(1);
    expect(output).toContain('indexes/index.cdx: sha256 klopt niet met datapackage.json');
  });

  it('writes on request a plain WARC that is the one inside the WACZ and passes verification', async () => {
    const warc = again.replace(/\.zip$/, '.warc');
    expect(sha256(readFileSync(warc))).toBe(sha256((await readZip(wacz())).get('archive/data.warc')!));
    const { code, output } = verifyArchive(warc);
    expect(output).toContain('WARC-records met kloppende digests');
    expect(code).toBe(0);
  });
});

describe('replaying the WACZ in ReplayWeb.page', () => {
  let replay: ReplayServer;
  let context: BrowserContext;
  let viewer: Page;
  const requested: string[] = [];
  const site = () => JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')).siteUrl as string;
  const h1Of = (file: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join('build/archive-dist', file), 'utf8'))![1]!.replace(/<[^>]+>/g, '').trim();

  beforeAll(async () => {
    replay = await serveReplay(waczOf(zip));
    context = await browser.newContext();
    context.on('request', (r) => requested.push(r.url()));
    viewer = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await replay?.close();
  });

  /** Clicks a link in the archived page and waits until the replay frame shows where it leads. */
  async function follow(frame: Frame, selector: string, to: RegExp): Promise<Frame> {
    const shown = viewer.waitForEvent('framenavigated', { predicate: (f) => to.test(f.url()) });
    await frame.locator(selector).first().click();
    const next = await shown;
    await next.waitForLoadState('load');
    return next;
  }

  it('shows the archived home page, then a Databank fiche reached by following links', async () => {
    const home = await openArchived(viewer, replay, `${site()}/`);
    expect((await home.locator('h1').innerText()).trim()).toBe(h1Of('index.html'));
    const databank = await follow(home, 'header a[href$="/databank/"], nav a[href$="/databank/"]', /mp_\/https:\/\/[^/]+\/databank\/$/);
    expect((await databank.locator('h1').innerText()).trim()).toBe(h1Of('databank/index.html'));
    const ids = readdirSync('content/goede-praktijken').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    const fiche = await follow(databank, ids.map((id) => `main a[href$="/databank/${id}/"]`).join(', '), /\/databank\/[^/]+\/$/);
    const id = archivedUrl(fiche).split('/').at(-2)!;
    expect(ids).toContain(id);
    expect((await fiche.locator('h1').innerText()).trim()).toBe(h1Of(`databank/${id}/index.html`));
  });

  it('runs a search from the archived search page, and its first result opens that archived page', async () => {
    const home = await openArchived(viewer, replay, `${site()}/`);
    const search = await follow(home, 'main a[href$="/zoeken/"]', /mp_\/https:\/\/[^/]+\/zoeken\/$/);
    await search.locator('main input[name="q"]').fill('polarisatie');
    await search.locator('main button[type="submit"]').click();
    const first = search.locator('.resultaat h3 a').first();
    await first.waitFor();
    const title = (await first.innerText()).trim();
    // Pagefind builds result URLs from the module URL the replay tool rewrote ("esm_/https:/…"):
    // the page opens all the same, which is what counts for a reader.
    const shown = viewer.waitForEvent('framenavigated', { predicate: (f) => f.url().includes('/w/') && !f.url().includes('/zoeken/') });
    await first.click();
    const result = await shown;
    await result.waitForLoadState('load');
    expect((await result.locator('h1').innerText()).trim()).toBe(title);
  });

  it('runs a search sent from the search box of another archived page', async () => {
    const home = await openArchived(viewer, replay, `${site()}/`);
    const shown = viewer.waitForEvent('framenavigated', { predicate: (f) => /\/zoeken\/\?q=burenbemiddeling$/.test(f.url()) });
    await home.locator('header input[name="q"]').fill('burenbemiddeling');
    await home.locator('header button[type="submit"]').click();
    const search = await shown;
    await search.locator('.resultaat h3 a').first().waitFor();
    expect(await search.locator('.resultaat').count()).toBeGreaterThan(0);
  });

  it('asks nothing of any host but the local server', () => {
    const outside = requested.filter((u) => !u.startsWith(`${replay.url}/`) && !/^(data|blob):/.test(u));
    expect(requested.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
