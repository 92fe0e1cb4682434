import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePagePerTest } from '../support/browser';
import type { StaticServer } from '../../scripts/lib/static-server';

const QUERY = 'polarisatie';
/** More Tab presses than this to reach a control means it sits too far down the tab order. */
const MAX_TABS = 10;

let server: StaticServer;
let page: Page;
let errors: string[];

usePagePerTest((session) => ({ server, page, errors } = session));
// Every step of the journey, on its own, raises no console error or failed request.
afterEach(() => {
  expect(errors).toEqual([]);
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

/** Opens a page the way a visitor arrives: a fresh tab, focus at the start of the document. */
async function open(path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  if (path.startsWith('/zoeken/?')) await page.waitForSelector('site-search[data-ready]', { timeout: 15_000 });
}

// Each test starts from its own page, so one failure does not drag the next tests down with it.
describe('keyboard only: from the home page to the search, a filter and a result', () => {
  it('the first Tab lands on a visible skip link that moves focus to the main content', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    const first = await focused();
    expect(first).toMatchObject({ tag: 'a', text: 'Ga naar de hoofdinhoud', visible: true });
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('inhoud');
  });

  it('Tab reaches the search box in the header', async () => {
    await open('/');
    const presses = await tabUntil((f) => f.id === 'zoekvak-header');
    expect(presses).toBeLessThanOrEqual(MAX_TABS);
    expect((await focused()).visible).toBe(true);
  });

  it('typing a query in the header and pressing Enter opens the search page with that query', async () => {
    await open('/');
    expect(await tabUntil((f) => f.id === 'zoekvak-header')).toBeLessThanOrEqual(MAX_TABS);
    await page.keyboard.type(QUERY);
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/zoeken/');
    expect(url.searchParams.get('q')).toBe(QUERY);
    expect(await page.locator('h1').innerText()).toBe('Zoeken');
  });

  it('the result count is announced in the polite live region', async () => {
    await open(`/zoeken/?q=${QUERY}`);
    const status = page.locator('[role="status"][aria-live="polite"]');
    expect(await status.innerText()).toMatch(/\d+ resulta(at|ten)/);
  });

  it('Tab reaches a filter checkbox and Space ticks it, which narrows the results', async () => {
    await open(`/zoeken/?q=${QUERY}`);
    const before = await page.locator('.resultaat').count();
    const presses = await tabUntil((f) => f.tag === 'input' && f.id === 'filter-type-0', 40);
    expect(presses).toBeLessThanOrEqual(40);
    await page.keyboard.press('Space');
    await page.waitForURL(/type=/);
    await page.waitForSelector('site-search[data-ready*="type="]', { timeout: 15_000 });
    expect(await page.locator('.resultaat').count()).toBeLessThan(before);
  });

  it('Tab reaches a result and Enter opens its page', async () => {
    await open(`/zoeken/?q=${QUERY}`);
    const presses = await tabUntil((f) => f.tag === 'a' && f.text.length > 0 && !f.id, 80, '.resultaat a');
    expect(presses).toBeLessThanOrEqual(80);
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/zoeken/')), page.keyboard.press('Enter')]);
    expect(await page.locator('article h1').count()).toBe(1);
  });
});
