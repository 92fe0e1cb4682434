import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { usePagePerTest } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';
import { describeViolations, runAxe } from '../a11y/axe';

let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

usePagePerTest((session) => ({ server, browser, page, errors } = session));

/** Waits until the search page has rendered the results for what is in the URL. */
async function settled(): Promise<void> {
  await page.waitForSelector('site-search[data-ready]', { timeout: 15_000 });
}

async function status(): Promise<string> {
  return (await page.locator('[role="status"]').innerText()).trim();
}

async function resultCount(): Promise<number> {
  return Number(/^(\d+) resultat/.exec(await status())?.[1] ?? 0);
}

async function typeQuery(query: string): Promise<void> {
  await page.goto(`${server.url}/zoeken/`);
  await page.locator('#zoekterm').click();
  await page.keyboard.type(query);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
  await settled();
}

describe('the search index', () => {
  it('is written into dist/pagefind by the build, in Dutch', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    expect(entry.languages.nl.page_count).toBeGreaterThan(20);
    expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
  });

  it.each([
    ['gemeenten', 'gemeente'],
    ['polariserende', 'polarisering'],
    ['jongeren', 'jongere'],
  ])('finds the same pages for "%s" and "%s" (Dutch stemming)', async (a, b) => {
    const pathsFor = async (q: string) => {
      await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(q)}`);
      await settled();
      return { count: await resultCount(), status: await status() };
    };
    const first = await pathsFor(a);
    const second = await pathsFor(b);
    expect(first.count).toBeGreaterThan(0);
    expect(first.count).toBe(second.count);
    expect(first.status).not.toContain('in plaats van');
  });

  it('is served by the static server', async () => {
    const res = await fetch(`${server.url}/pagefind/pagefind-entry.json`);
    expect(res.status).toBe(200);
  });

  it('leaves out navigation and footers', async () => {
    // "cookies" occurs only in the footer of every page.
    await page.goto(`${server.url}/zoeken/?q=cookies`);
    await settled();
    expect(await status()).toBe('Geen resultaten voor ‘cookies’');
  });

  it('leaves out listing pages', async () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
    await page.goto(`${server.url}/zoeken/?q=projecten`);
    await settled();
    const listings = ['/', '/projecten/', '/databank/', '/a-z/', '/zoeken/'];
    const paths = await page.locator('.resultaat h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => listings.includes(p))).toEqual([]);
    expect(entry.languages.nl.page_count).toBeLessThan(readFileSync('dist/sitemap-0.xml', 'utf8').split('<loc>').length - 1);
  });
});

describe('the search page', () => {
  it('shows results with the matched words marked while typing', async () => {
    await typeQuery('polarisatie');
    const first = page.locator('.resultaat').first();
    expect(await first.locator('h3 a').innerText()).not.toBe('');
    expect((await first.locator('mark').first().innerText()).toLowerCase()).toContain('polarisatie');
    expect(errors).toEqual([]);
  });

  it('shows the content type of each result', async () => {
    await typeQuery('burenbemiddeling');
    const types = await page.locator('.resultaat .soort').allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^(Beleid|Project|Goede praktijk)\b/);
  });

  it('announces the number of results in a polite live region', async () => {
    await typeQuery('polarisatie');
    const region = page.locator('[role="status"]');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await status()).toMatch(/^\d+ resultaten voor ‘polarisatie’$/);
    expect(await page.locator('.resultaat').count()).toBe(Math.min(10, await resultCount()));
  });

  it('links a result to the section that matched', async () => {
    await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent('desinformatie')}`);
    await settled();
    const hrefs = await page.locator('.resultaat h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const withSection = hrefs.find((h) => h.includes('#'));
    expect(withSection).toBeDefined();
    await page.goto(withSection!);
    expect(await page.locator(`[id="${decodeURIComponent(new URL(withSection!).hash.slice(1))}"]`).count()).toBe(1);
  });

  it('narrows the results when a filter is checked and puts the filter in the URL', async () => {
    await typeQuery('polarisatie');
    const before = await resultCount();
    const box = page.getByRole('group', { name: 'Soort inhoud' }).getByRole('checkbox', { name: /^Project \(\d+\)$/ });
    const expected = Number(/\((\d+)\)/.exec((await box.locator('xpath=following-sibling::label').innerText()) ?? '')?.[1]);
    await box.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Project');
    await settled();
    const after = await resultCount();
    expect(after).toBeLessThan(before);
    expect(after).toBe(expected);
    for (const type of await page.locator('.resultaat .soort').allInnerTexts()) expect(type).toMatch(/^Project/);
  });

  it('keeps the query and the filters after a reload', async () => {
    await page.goto(`${server.url}/zoeken/?q=polarisatie&type=Project`);
    await settled();
    const count = await resultCount();
    await page.reload();
    await settled();
    expect(await page.locator('#zoekterm').inputValue()).toBe('polarisatie');
    expect(await page.getByRole('checkbox', { name: /^Project \(\d+\)$/ }).isChecked()).toBe(true);
    expect(await resultCount()).toBe(count);
    expect(await status()).toMatch(/met de gekozen filters$/);
  });

  it('lists pages by filter alone, without a query', async () => {
    await page.goto(`${server.url}/zoeken/?type=${encodeURIComponent('Goede praktijk')}`);
    await settled();
    expect(await status()).toMatch(/^\d+ pagina's met de gekozen filters$/);
  });

  it('has filters as checkboxes in fieldsets with a legend', async () => {
    await typeQuery('jongeren');
    const legends = await page.locator('[data-filter-groups] fieldset > legend').allInnerTexts();
    expect(legends).toContain('Soort inhoud');
    expect(legends).toContain('Thema');
    expect(await page.locator('[data-filter-groups] fieldset input[type="checkbox"]').count()).toBeGreaterThan(3);
  });

  it('corrects a mistyped word and says so', async () => {
    await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent('burenbemiddling')}`);
    await settled();
    expect(await status()).toMatch(/^\d+ resultaten? voor ‘burenbemiddeling’ \(in plaats van ‘burenbemiddling’\)$/);
  });

  it('sorts by date when asked and keeps that in the URL', async () => {
    await page.goto(`${server.url}/zoeken/?q=polarisatie`);
    await settled();
    const count = await resultCount();
    await page.locator('#sorteer').selectOption('datum');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'datum');
    await settled();
    expect(await resultCount()).toBe(count);
  });

  it('works with the keyboard alone, from the first Tab to opening a result', async () => {
    await page.goto(`${server.url}/zoeken/`);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { id: el?.id ?? '', tag: el?.localName ?? '', type: (el as HTMLInputElement | null)?.type ?? '', href: (el as HTMLAnchorElement | null)?.href ?? '' };
    });
    const tabUntil = async (test: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (test(await focused())) return;
      }
      throw new Error('not reachable with Tab');
    };
    await tabUntil((f) => f.id === 'zoekterm');
    await page.keyboard.type('jongeren');
    await page.keyboard.press('Enter');
    await settled();
    await tabUntil((f) => f.type === 'checkbox');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => [...new URL(location.href).searchParams.keys()].some((k) => k !== 'q'));
    await settled();
    expect(await page.locator('[data-filter-groups] input:checked').count()).toBe(1);
    await tabUntil((f) => f.tag === 'a' && f.href.startsWith(server.url) && !f.href.includes('/zoeken/') && !f.href.includes('/a-z/'));
    const target = (await focused()).href;
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(page.url()).toBe(target);
  });

  it('on a phone, folds the filters so the result count is on the first screen, and opens them on request', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}/zoeken/?q=polarisatie`);
    await settled();
    expect(await page.locator('[data-filter-groups] input').first().isVisible()).toBe(false);
    const statusTop = await page.locator('[role="status"]').evaluate((el) => el.getBoundingClientRect().top);
    expect(statusTop).toBeLessThan(800);
    await page.locator('site-search summary').click();
    expect(await page.locator('[data-filter-groups] input').first().isVisible()).toBe(true);
  });

  it('on a wide screen, shows the filters as a column without a fold, also after widening from a phone', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}/zoeken/?q=polarisatie`);
    await settled();
    await page.setViewportSize({ width: 1280, height: 800 });
    // The new width reaches the page's media query listener a frame later: poll for the state.
    await expect.poll(() => page.locator('site-search summary').isVisible()).toBe(false);
    await expect.poll(() => page.locator('[data-filter-groups] input').first().isVisible()).toBe(true);
  });

  it('on a phone, keeps chosen filters in sight', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}/zoeken/?q=polarisatie&type=${encodeURIComponent('Beleid')}`);
    await settled();
    expect(await page.locator('[data-filter-groups] input:checked').first().isVisible()).toBe(true);
  });

  it('shows its own labelled search box and hides the one in the header', async () => {
    await page.goto(`${server.url}/zoeken/`);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.getByLabel('Waar zoekt u naar?').count()).toBe(1);
  });
});

describe('the search page for assistive technology', () => {
  it('has no axe violation with results, filters, a correction and a partial match on screen', async () => {
    // bypassCSP only so axe can be injected; the page itself is as built.
    const context = await browser.newContext({ bypassCSP: true });
    const axePage = await context.newPage();
    const problems: string[] = [];
    for (const query of ['q=polarisatie&type=Project', 'q=burenbemiddling', 'q=welke+hulp+krijgen+scholen+bij+radicalisering', 'q=xyzzy']) {
      await axePage.goto(`${server.url}/zoeken/?${query}`);
      await axePage.waitForSelector('site-search[data-ready]', { timeout: 15_000 });
      problems.push(...describeViolations(`/zoeken/?${query}`, await runAxe(axePage)));
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('the search page under the Content-Security-Policy', () => {
  it('searches without a single policy violation', async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/zoeken/?q=polarisatie`);
    await settled();
    expect(await resultCount()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("allows 'wasm-unsafe-eval' on the search page only", () => {
    const policies = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]!);
    expect(policies('dist/index.html').join(' ')).not.toContain('wasm-unsafe-eval');
    expect(policies('dist/projecten/index.html').join(' ')).not.toContain('wasm-unsafe-eval');
    for (const policy of policies('dist/zoeken/index.html')) expect(policy).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
  });
});

describe('the header search box', () => {
  it('submits a plain GET form to /zoeken/?q= and the search page answers it', async () => {
    await page.goto(`${server.url}/`);
    const form = page.locator('header form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.getAttribute('action')).toBe('/zoeken/');
    await form.locator('input[name="q"]').fill('Kazerne Dossin');
    await form.locator('input[name="q"]').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=Kazerne\+Dossin$/);
    await settled();
    expect(await page.locator('#zoekterm').inputValue()).toBe('Kazerne Dossin');
    expect(await resultCount()).toBeGreaterThan(0);
  });
});

describe('the search page without JavaScript', () => {
  it('says in Dutch that search needs JavaScript and links to the A-Z list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/zoeken/?q=polarisatie`);
    // Playwright's text selectors skip <noscript>, so the rendered text is read instead.
    expect(await noJs.locator('main').innerText()).toContain('Zoeken werkt alleen met JavaScript.');
    expect(await noJs.locator('#zoekterm').isVisible()).toBe(false);
    const link = noJs.locator('main noscript a[href="/a-z/"]');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await noJs.waitForURL(/\/a-z\/$/);
    expect(await noJs.locator('h1').innerText()).toMatch(/^A-Z/);
    await context.close();
  });
});
