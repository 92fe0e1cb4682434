import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useServedBrowser } from '../support/browser';
import { gatePaths } from '../support/sitemap';
import type { StaticServer } from '../../scripts/lib/static-server';
import { describeViolations, runAxe } from './axe';

let server: StaticServer;
let browser: Browser;
let page: Page;

useServedBrowser<StaticServer>((s, b) => {
  server = s;
  browser = b;
});
beforeAll(async () => {
  // Only so axe itself can be injected as an inline script; the pages are checked as built.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
});

describe('WCAG 2.1 AA (axe-core, rules tagged wcag2a, wcag2aa, wcag21a, wcag21aa)', () => {
  it.each(gatePaths())('%s has no violation', async (path) => {
    const res = await page.goto(server.url + path);
    expect(res?.status()).toBe(200);
    const problems = describeViolations(path, await runAxe(page));
    if (problems.length) console.log(problems.join('\n'));
    expect(problems).toEqual([]);
  });

  it('the 404 page has no violation', async () => {
    const res = await page.goto(`${server.url}/deze-pagina-bestaat-niet/`);
    expect(res?.status()).toBe(404);
    expect(describeViolations('404', await runAxe(page))).toEqual([]);
  });

  it('does report a violation when one is there (an image without alt text)', async () => {
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main')?.append(img);
    });
    expect((await runAxe(page)).map((v) => v.id)).toContain('image-alt');
  });
});
