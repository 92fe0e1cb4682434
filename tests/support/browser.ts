import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServer } from 'node:http';
import { startServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../../scripts/lib/chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../../scripts/lib/chromium.ts';

/** Serves a folder (dist/ by default) on a free loopback port, like `npm start` does. */
export function serveSite(dir = 'dist'): Promise<StaticServer> {
  return startServer({ dir, createServer });
}

/** Collects console errors and failed requests of a page, for tests that demand none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

export interface SiteSession {
  server: StaticServer;
  browser: Browser;
  page: Page;
}

/**
 * The usual browser-test setup: the built site on a free port, Chromium, and one page, opened
 * before the file's tests and closed after them. `assign` hands them to the test file's variables.
 */
export function useSite(assign: (session: SiteSession) => void, dir = 'dist'): void {
  let session: SiteSession | undefined;
  beforeAll(async () => {
    const server = await serveSite(dir);
    const browser = await launchBrowser();
    session = { server, browser, page: await browser.newPage() };
    assign(session);
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
}

/**
 * The built site on a free port (or another server `start` gives) and Chromium, started before a
 * file's tests and closed after them; `assign` hands them to the test file's variables.
 */
export function useServedBrowser<S extends { close(): Promise<void> }>(
  assign: (server: S, browser: Browser) => void,
  start: () => Promise<S> = serveSite as unknown as () => Promise<S>,
): void {
  let server: S | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await start();
    browser = await launchBrowser();
    assign(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** The site served, Chromium, and before each test a new page whose errors are watched. */
export interface PagePerTest {
  server: StaticServer;
  browser: Browser;
  page: Page;
  errors: string[];
}

/** `useServedBrowser` plus a fresh page before each test, so no test sees another's state. */
export function usePagePerTest(assign: (session: PagePerTest) => void): void {
  let session: Omit<PagePerTest, 'page' | 'errors'> | undefined;
  let page: Page | undefined;
  useServedBrowser<StaticServer>((server, browser) => {
    session = { server, browser };
  });
  beforeEach(async () => {
    await page?.close();
    page = await session!.browser.newPage();
    assign({ ...session!, page, errors: watchErrors(page) });
  });
}
