import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import { startServer, type StaticServer } from '../../scripts/lib/static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the machine needs: no sandbox as root, and no calls home from a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

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
