import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import type { StaticServer } from '../../scripts/lib/static-server';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Everything a visit leaks or breaks, per page: requests elsewhere, console errors. */
const problems: string[] = [];
let current = '';

/** Records every request of every frame and worker of the context that leaves our origin. */
function watch(ctx: BrowserContext, p: Page): void {
  const origin = new URL(server.url).origin;
  ctx.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`${current}: request to ${url}`);
  });
  p.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${current}: console error: ${msg.text()}`);
  });
  p.on('pageerror', (err) => problems.push(`${current}: page error: ${err.message}`));
}

beforeAll(async () => {
  server = await serveSite();
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  watch(context, page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy: a visit to every page of the sitemap', () => {
  it('asks nothing of another origin, sets no cookie and logs no console error', { timeout: 600_000 }, async () => {
    const paths = sitemapPaths();
    for (const path of paths) {
      current = path;
      await page.goto(server.url + path, { waitUntil: 'load' });
    }
    const cookies = await context.cookies();
    problems.push(...cookies.map((c) => `cookie ${c.name} set by ${c.domain}`));
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    if (storage > 0) problems.push(`${storage} items in web storage`);
    expect(paths.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('does notice a request to another origin when a page makes one', async () => {
    const before = problems.length;
    current = 'control';
    // Without the CSP, which would stop the request before it is made (a second line of defence).
    const open = await browser.newContext({ bypassCSP: true });
    const probe = await open.newPage();
    watch(open, probe);
    await probe.goto(`${server.url}/`);
    await probe.evaluate(() => fetch('http://127.0.0.2:9/teller.gif').catch(() => undefined));
    await open.close();
    expect(problems.slice(before).some((p) => p.includes('request to http://127.0.0.2:9/teller.gif'))).toBe(true);
    problems.length = before;
  });
});
