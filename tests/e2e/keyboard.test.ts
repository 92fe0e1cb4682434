import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveSite, watchErrors } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';

const QUERY = 'polarisatie';
/** More Tab presses than this to reach a control means it sits too far down the tab order. */
const MAX_TABS = 10;

let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveSite();
  browser = await launchBrowser();
  page = await browser.newPage();
  errors = watchErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What has keyboard focus: tag, id and accessible text, for readable failures. */
function focused(): Promise<{ tag: string; id: string; text: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 60),
      visible: !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
    };
  });
}

/**
 * Presses Tab until the predicate holds (and, if given, focus sits inside `within`);
 * returns how many presses it took, or Infinity.
 */
async function tabUntil(done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = MAX_TABS, within?: string): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const inside = within ? await page.evaluate((sel) => !!document.activeElement?.closest(sel), within) : true;
    if (inside && done(await focused())) return i;
  }
  return Infinity;
}

describe('keyboard only: from the home page to the search, a filter and a result', () => {
  // One visitor's journey: each step starts where the previous one ended.
  beforeAll(async () => {
    await page.goto(`${server.url}/`);
  });

  it('the first Tab lands on a visible skip link that moves focus to the main content', async () => {
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first).toMatchObject({ tag: 'a', text: 'Ga naar de hoofdinhoud', visible: true });
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('inhoud');
    await page.goto(`${server.url}/`);
  });

  it('Tab reaches the search box in the header', async () => {
    const presses = await tabUntil((f) => f.id === 'zoekvak-header');
    expect(presses).toBeLessThanOrEqual(MAX_TABS);
    expect((await focused()).visible).toBe(true);
  });

  it('typing a query and pressing Enter opens the search page with that query', async () => {
    await page.keyboard.type(QUERY);
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/zoeken/');
    expect(url.searchParams.get('q')).toBe(QUERY);
    expect(await page.locator('h1').innerText()).toBe('Zoeken');
  });

  it('the result count is announced in the polite live region', async () => {
    await page.waitForSelector('site-search[data-ready]', { timeout: 15_000 });
    const status = page.locator('[role="status"][aria-live="polite"]');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/\d+ resulta(at|ten)/);
  });

  it('Tab reaches a filter checkbox and Space ticks it, which narrows the results', async () => {
    const before = await page.locator('.resultaat').count();
    const presses = await tabUntil((f) => f.tag === 'input' && f.id === 'filter-type-0', 40);
    expect(presses).toBeLessThanOrEqual(40);
    await page.keyboard.press('Space');
    await page.waitForURL(/type=/);
    await expect.poll(() => page.locator('.resultaat').count(), { timeout: 10_000 }).toBeLessThan(before);
  });

  it('Tab reaches a result and Enter opens its page', async () => {
    const presses = await tabUntil((f) => f.tag === 'a' && f.text.length > 0 && !f.id, 60, '.resultaat a');
    expect(presses).toBeLessThanOrEqual(60);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/zoeken/')), page.keyboard.press('Enter')]);
    expect(await page.locator('article h1').count()).toBe(1);
  });

  it('the journey raised no console error', () => {
    expect(errors).toEqual([]);
  });
});
