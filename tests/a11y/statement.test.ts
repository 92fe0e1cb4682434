import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import type { StaticServer } from '../../scripts/lib/static-server';

const STATEMENT = '/toegankelijkheidsverklaring/';
let server: StaticServer;
let page: Page;
useSite((s) => ({ server, page } = s));

describe('the accessibility statement', () => {
  it('is linked from the footer of every page', async () => {
    const missing: string[] = [];
    for (const path of sitemapPaths()) {
      await page.goto(server.url + path);
      if ((await page.locator(`footer a[href="${STATEMENT}"]`).count()) !== 1) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it('states the WCAG 2.1 AA target and tells how to report a problem, with a working link', async () => {
    await page.goto(server.url + STATEMENT);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('WCAG');
    expect(text).toContain('2.1');
    expect(text).toMatch(/niveau AA/);
    expect(await page.locator('main h2', { hasText: 'Een probleem melden' }).count()).toBe(1);
    const report = page.locator('main h2:has-text("Een probleem melden") + p a');
    expect(await report.getAttribute('href')).toMatch(/^(https:|mailto:)/);
  });
});
