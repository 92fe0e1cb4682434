import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import { redirects } from '../../src/redirects';
import type { StaticServer } from '../../scripts/lib/static-server';

const old = Object.entries(redirects);
let server: StaticServer;

beforeAll(async () => {
  server = await serveSite();
});
afterAll(() => server?.close());

describe('old URLs (src/redirects.ts)', () => {
  it('point only at pages of the sitemap', () => {
    const pages = new Set(sitemapPaths());
    expect(old.filter(([, to]) => !pages.has(to))).toEqual([]);
  });

  it.each(old)('%s answers 301 to its new page, which answers 200', async (from, to) => {
    for (const path of [from, `${from}/`]) {
      const res = await fetch(server.url + path, { redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(to);
    }
    const followed = await fetch(server.url + from);
    expect(followed.status).toBe(200);
    expect(new URL(followed.url).pathname).toBe(to);
  });
});

describe('old URLs on a host that ignores _redirects', () => {
  let copy: string;
  let plain: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'redirects-'));
    cpSync('dist', copy, { recursive: true });
    rmSync(join(copy, '_redirects'));
    plain = await serveSite(copy);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('every old URL still brings the visitor to the new page through its Dutch forwarding page', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    for (const [from, to] of old) {
      const first = await page.goto(`${plain.url}${from}/`);
      if (first?.status() !== 200) problems.push(`${from}: ${first?.status()}`);
      await page.waitForURL(`${plain.url}${to}`);
      if ((await page.getAttribute('html', 'lang')) !== 'nl') problems.push(`${from}: lang`);
      if (!(await page.title()) || new URL(page.url()).pathname !== to) problems.push(`${from}: ended on ${page.url()}`);
    }
    expect(problems).toEqual([]);
  });
});
