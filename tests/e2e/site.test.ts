import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useSite, watchErrors } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import { seedListItems, seedParagraphs } from '../support/seed';
import type { StaticServer } from '../../scripts/lib/static-server';
import { SEED_PAGE } from '@/utils/fixedPages';

const SEED = SEED_PAGE.href;
let server: StaticServer;
let browser: Browser;
let page: Page;
useSite((s) => ({ server, browser, page } = s));

/** Visible text with whitespace folded, the way a reader sees it. */
async function text(selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

describe('every page of the sitemap', () => {
  it('loads with status 200 and without a console error', async () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      const errors = watchErrors(page);
      const res = await page.goto(server.url + path);
      if (res?.status() !== 200) problems.push(`${path}: status ${res?.status()}`);
      problems.push(...errors.map((e) => `${path}: ${e}`));
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
    }
    expect(problems).toEqual([]);
  });

  it('has a breadcrumb ending in the current page everywhere but on the home page', async () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      await page.goto(server.url + path);
      const crumbs = page.locator('nav[aria-label="U bevindt zich op"]');
      if (path === '/') {
        if ((await crumbs.count()) !== 0) problems.push('/: has a breadcrumb');
        continue;
      }
      const current = crumbs.locator('li:last-child a[aria-current="page"]');
      if ((await current.count()) !== 1 || (await current.getAttribute('href')) !== path) problems.push(path);
    }
    expect(problems).toEqual([]);
  });

  it('has lang="nl", one h1 and a skip link to the main content', async () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      await page.goto(server.url + path);
      if ((await page.getAttribute('html', 'lang')) !== 'nl') problems.push(`${path}: lang`);
      if ((await page.locator('h1').count()) !== 1) problems.push(`${path}: h1 count`);
      if ((await page.locator('a.skip-link[href="#inhoud"]').count()) !== 1) problems.push(`${path}: skip link`);
    }
    expect(problems).toEqual([]);
  });
});

describe('on a phone 320 pixels wide', () => {
  it('no page scrolls sideways', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of sitemapPaths()) {
      await narrow.goto(server.url + path);
      const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    await narrow.close();
    expect(wide).toEqual([]);
  });
});

describe('the seed policy page', () => {
  beforeAll(async () => {
    await page.goto(server.url + SEED);
  });

  it('shows every paragraph of the original text', async () => {
    const body = await text('main');
    const missing = seedParagraphs().filter((p) => !body.includes(p.replace(/\s*\($/, '')));
    // Paragraphs whose link text sits right before a marker are compared without the marker.
    const stillMissing = missing.filter((p) => !body.replace(/ \(opent in (nieuw venster|uw e-mail applicatie)\)/g, '').includes(p));
    expect(stillMissing).toEqual([]);
  });

  it('shows the list of what the portal offers', async () => {
    const items = await page.locator('main li').allInnerTexts();
    for (const item of seedListItems()) expect(items.map((i) => i.trim())).toContain(item);
  });

  it('has the breadcrumb Sociale cohesie › Preventie van gewelddadige radicalisering', async () => {
    const crumbs = await page.locator('nav[aria-label="U bevindt zich op"] li').allInnerTexts();
    expect(crumbs.map((c) => c.trim())).toEqual(['Home', 'Sociale cohesie', 'Preventie van gewelddadige radicalisering']);
  });

  it('marks every link to another site and opens it in a new window', async () => {
    const external = page.locator('main a[href^="http"]');
    const count = await external.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < count; i++) {
      const link = external.nth(i);
      expect(await link.innerText()).toContain('(opent in nieuw venster)');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('marks the e-mail link as opening the e-mail application', async () => {
    const mail = page.locator('main a[href="mailto:info@hannah-arendt.institute"]').first();
    expect(await mail.innerText()).toBe('info@hannah-arendt.institute (opent in uw e-mail applicatie)');
  });

  it('shows the five projects in the spotlight, each linking to its own page', async () => {
    const cards = page.locator('#in-de-kijker + ul > li');
    expect(await cards.locator('h3').allInnerTexts()).toEqual([
      'Databank sociale samenhang',
      'Wij-Zij Netwerk - Kazerne Dossin',
      'Project PolarProf - Hannah Arendt Instituut',
      'Begeleiding bij maatschappelijke spanningen en koloniale verwijzingen',
      'VVSG',
    ]);
    expect(await cards.locator('a[href^="/projecten/"]').count()).toBe(5);
  });
});
