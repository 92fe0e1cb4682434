import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useServedBrowser } from '../support/browser';
import { gatePaths } from '../support/sitemap';
import { startNginx, type NginxServer } from '../../scripts/lib/nginx-server';
import { SEED_PAGE } from '@/utils/fixedPages';

const KB = 1024;
const SEED = SEED_PAGE.href;
const SEARCH = '/zoeken/';
/** Budgets in bytes on the wire (compressed, headers included), for a first visit with an empty cache. */
const BUDGET = { seed: 30 * KB, page: 50 * KB, search: 120 * KB };

let server: NginxServer;
let browser: Browser;
let page: Page;

// Debian's nginx with the generated configuration: the precompressed files production sends.
useServedBrowser<NginxServer>(
  (s, b) => {
    server = s;
    browser = b;
  },
  () => startNginx(),
);
beforeAll(async () => {
  page = await browser.newPage();
});

interface Weight {
  bytes: number;
  requests: number;
  scripts: string[];
  stylesheets: string[];
}

/** Loads a page with the cache off and adds up what Chromium received for it, per the DevTools protocol. */
async function weigh(path: string): Promise<Weight> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, { type: string; url: string }>();
  const pending = new Set<string>();
  let allDone = () => {};
  let bytes = 0;
  let requests = 0;
  const settle = (id: string) => {
    pending.delete(id);
    if (pending.size === 0) allDone();
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    types.set(e.requestId, { type: e.type ?? 'Other', url: e.request.url });
    // The browser asks for the favicon on its own schedule, outside the page's load, and sometimes
    // never reports it finished: its bytes count when they arrive, but it is not waited for.
    if (!/\/favicon\.[a-z]+$/.test(new URL(e.request.url).pathname)) pending.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
    settle(e.requestId);
  });
  cdp.on('Network.loadingFailed', (e) => settle(e.requestId));
  // Everything a first visit loads: the document and its subresources (load), the fonts it uses,
  // then every request already started has finished. No guess at a quiet period.
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (pending.size > 0) await new Promise<void>((resolve) => (allDone = resolve));
  await cdp.detach();
  const scripts = [...types.values()].filter((r) => r.type === 'Script' || /\.m?js(\?|$)/.test(r.url)).map((r) => r.url);
  const stylesheets = [...types.values()].filter((r) => r.type === 'Stylesheet').map((r) => r.url);
  return { bytes, requests, scripts, stylesheets };
}

describe('page weight in Chromium, served by nginx as in production', () => {
  const weights = new Map<string, Weight>();

  beforeAll(async () => {
    for (const path of gatePaths()) weights.set(path, await weigh(path));
    const rows = [...weights].map(([p, w]) => `${(w.bytes / KB).toFixed(1).padStart(7)} KB ${String(w.requests).padStart(3)} req  ${p}`);
    console.log(`Page weight (first visit, empty cache):\n${rows.join('\n')}`);
  }, 600_000);

  // In CI's content lane only the selected pages are weighed; the seed and search budgets apply when they are among them.
  const weighed = (path: string) => gatePaths().includes(path);

  it.runIf(weighed(SEED))('the seed policy page stays within 30 KB in all', () => {
    expect(weights.get(SEED)?.bytes).toBeLessThanOrEqual(BUDGET.seed);
  });

  it.runIf(weighed(SEED))('the seed policy page loads no JavaScript', () => {
    expect(weights.get(SEED)?.scripts).toEqual([]);
  });

  // Four files of 152 to 5,089 bytes cost more in response headers than one (src/hosting/sharedStyles.ts).
  it.runIf(weighed(SEED))('the seed policy page loads its styles as one stylesheet', () => {
    expect(weights.get(SEED)?.stylesheets).toHaveLength(1);
  });

  it('every page without search stays within 50 KB', () => {
    const over = [...weights]
      .filter(([p, w]) => p !== SEARCH && w.bytes > BUDGET.page)
      .map(([p, w]) => `${p}: ${(w.bytes / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it.runIf(weighed(SEARCH))('the search page stays within 120 KB before the first query', () => {
    expect(weights.get(SEARCH)?.bytes).toBeLessThanOrEqual(BUDGET.search);
  });

  it('measures compressed responses, as a real host sends them', async () => {
    // A fresh context: with the page in the cache, the answer would be a bodiless 304.
    const context = await browser.newContext();
    const res = await (await context.newPage()).goto(server.url + SEED);
    expect((await res?.allHeaders())?.['content-encoding']).toBe('br');
    await context.close();
    // A page that weighs (almost) nothing was not measured: every page has its HTML and CSS.
    expect(Math.min(...[...weights.values()].map((w) => w.bytes))).toBeGreaterThan(2 * KB);
  });
});

describe('images', () => {
  function htmlFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => join(e.parentPath, e.name));
  }

  it('every <img> in dist has a width, a height and loading="lazy"', () => {
    const problems: string[] = [];
    for (const file of htmlFiles('dist')) {
      for (const [tag] of readFileSync(file, 'utf8').matchAll(/<img\b[^>]*>/gi)) {
        const missing = [/\swidth="?\d+/i, /\sheight="?\d+/i, /\sloading="?lazy/i].filter((re) => !re.test(tag));
        if (missing.length) problems.push(`${file}: ${tag}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
