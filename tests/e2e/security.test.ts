import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveSite, useServedBrowser } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import type { StaticServer } from '../../scripts/lib/static-server';
import { SEED_PAGE } from '@/utils/fixedPages';
import { cspHeader } from '../../src/headers';

const SEED = SEED_PAGE.href;
const SEARCH = /^\/(zoeken|pagefind)\//;

let server: StaticServer;
let browser: Browser;

useServedBrowser<StaticServer>((s, b) => {
  server = s;
  browser = b;
});

/** A CSP as a map of directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** What the header policy must say on every page; returns the problems found. */
function headerProblems(path: string, headers: Headers): string[] {
  const problems: string[] = [];
  const policy = headers.get('content-security-policy');
  if (!policy) return [`${path}: no Content-Security-Policy header`];
  const csp = parseCsp(policy);
  const expectSources = (name: string, sources: string[]) => {
    if (JSON.stringify(csp.get(name)) !== JSON.stringify(sources)) problems.push(`${path}: ${name} is ${csp.get(name)?.join(' ')}`);
  };
  expectSources('default-src', ["'self'"]);
  expectSources('frame-ancestors', ["'none'"]);
  expectSources('object-src', ["'none'"]);
  expectSources('base-uri', ["'self'"]);
  expectSources('form-action', ["'self'"]);
  if (policy.includes("'unsafe-inline'") || policy.includes("'unsafe-eval'")) problems.push(`${path}: unsafe source in CSP`);
  const wasm = policy.includes("'wasm-unsafe-eval'");
  if (wasm !== SEARCH.test(path)) problems.push(`${path}: 'wasm-unsafe-eval' ${wasm ? 'allowed outside search' : 'missing'}`);
  const expected: [string, RegExp][] = [
    ['x-content-type-options', /^nosniff$/],
    ['referrer-policy', /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/],
    ['permissions-policy', /camera=\(\).*geolocation=\(\).*microphone=\(\)/],
    ['strict-transport-security', /^max-age=(\d{8,})/],
    ['cross-origin-opener-policy', /^same-origin$/],
  ];
  for (const [name, pattern] of expected) {
    if (!pattern.test(headers.get(name) ?? '')) problems.push(`${path}: ${name} is "${headers.get(name)}"`);
  }
  return problems;
}

describe('security headers', () => {
  it('every page of the sitemap, and the 404 page, is served with the CSP and the other security headers', async () => {
    const problems: string[] = [];
    for (const path of [...sitemapPaths(), '/bestaat-niet/']) {
      const res = await fetch(server.url + path);
      problems.push(...headerProblems(path, res.headers));
    }
    expect(problems).toEqual([]);
  });

  it("allows 'wasm-unsafe-eval' for the search page and the Pagefind files only", async () => {
    const problems: string[] = [];
    for (const path of ['/zoeken/', '/pagefind/pagefind.js', '/', SEED, '/_astro/x.js']) {
      problems.push(...headerProblems(path, (await fetch(server.url + path)).headers));
    }
    expect(problems).toEqual([]);
  });

  it('every page carries a CSP <meta> with script and style hashes and no unsafe source', async () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      const html = await (await fetch(server.url + path)).text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      if (!meta) {
        problems.push(`${path}: no CSP meta`);
        continue;
      }
      const csp = parseCsp(meta.replaceAll('&#39;', "'"));
      if (!csp.get('script-src')?.some((s) => s.startsWith("'sha256-"))) problems.push(`${path}: script-src without hashes`);
      if (!csp.get('style-src')?.some((s) => s.startsWith("'sha256-"))) problems.push(`${path}: style-src without hashes`);
      if (csp.get('default-src')?.join(' ') !== "'self'") problems.push(`${path}: default-src`);
      // Quoted, so the search page's 'wasm-unsafe-eval' (checked below) is not mistaken for 'unsafe-eval'.
      if (/'unsafe-inline'|'unsafe-eval'/.test(meta.replaceAll('&#39;', "'"))) problems.push(`${path}: unsafe source in CSP meta`);
      const wasm = meta.includes('wasm-unsafe-eval');
      if (wasm !== SEARCH.test(path)) problems.push(`${path}: 'wasm-unsafe-eval' ${wasm ? 'in CSP meta outside search' : 'missing from the search page'}`);
    }
    expect(problems).toEqual([]);
  });

  it('never inlines a script or a style element the header policy would have to allow', () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html.replace(/<script type="application\/(ld\+)?json"/g, ''))) problems.push(`${path}: inline <script>`);
      if (/<style[\s>]/i.test(html)) problems.push(`${path}: inline <style>`);
      if (/\sstyle="/i.test(html)) problems.push(`${path}: style attribute`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the CMS at /admin/', () => {
  it("has its own CSP, the only one with 'unsafe-eval', and asks search engines not to index it", async () => {
    for (const path of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
      const headers = (await fetch(server.url + path)).headers;
      expect(headers.get('content-security-policy'), path).toBe(cspHeader('/admin/'));
      expect(headers.get('x-robots-tag'), path).toMatch(/noindex/);
    }
    expect(parseCsp(cspHeader('/admin/')).get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(parseCsp(cspHeader('/admin/')).get('default-src')).toEqual(["'self'"]);
    expect(readFileSync('dist/admin/index.html', 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('loads no script or style from another origin', () => {
    const html = readFileSync('dist/admin/index.html', 'utf8');
    const sources = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => !s!.startsWith('/admin/'))).toEqual([]);
  });

  it('is left out of the sitemap, the search index and the A–Z index', () => {
    expect(sitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
    const indexed = readdirSync('dist/pagefind/fragment').map((f) => gunzipSync(readFileSync(join('dist/pagefind/fragment', f))).toString('utf8'));
    expect(indexed.filter((f) => f.includes('"url":"/admin'))).toEqual([]);
    expect(readFileSync('dist/a-z/index.html', 'utf8')).not.toMatch(/href="\/admin/);
  });
});

describe('an inline script injected through content', () => {
  const copies: string[] = [];
  const servers: StaticServer[] = [];

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A copy of the built site of its own (no test changes what another one serves) whose seed page has,
   * inside the article, what a careless or malicious edit could add: an inline script and an inline
   * event handler. Without headers, the copy has no _headers file, as on a host that ignores it.
   */
  async function injectedSite(withHeaders: boolean): Promise<StaticServer> {
    const copy = mkdtempSync(join(tmpdir(), 'csp-'));
    copies.push(copy);
    cpSync('dist', copy, { recursive: true });
    const file = join(copy, SEED, 'index.html');
    const html = readFileSync(file, 'utf8').replace(
      '<h1',
      '<script>document.documentElement.dataset.geinjecteerd = "script";</script>' +
        '<img src="/bestaat-niet.png" alt="" onerror="document.documentElement.dataset.handler = \'onerror\'"><h1',
    );
    writeFileSync(file, html);
    // The build's precompressed copies would still hold the page as it was built.
    for (const suffix of ['.br', '.gz']) rmSync(file + suffix, { force: true });
    if (!withHeaders) rmSync(join(copy, '_headers'));
    const server = await serveSite(copy);
    servers.push(server);
    return server;
  }

  async function visit(withHeaders: boolean, expectedViolations: number) {
    const site = await injectedSite(withHeaders);
    const page: Page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    // Init scripts run through the DevTools protocol, outside the page's CSP: a fair witness.
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(e.violatedDirective),
      );
    });
    await page.goto(site.url + SEED, { waitUntil: 'load' });
    // Violation reports are queued as tasks: wait until both blocked pieces have been reported.
    await page
      .waitForFunction((n) => (window as unknown as { violations: string[] }).violations.length >= n, expectedViolations, { timeout: 10_000 })
      .catch(() => undefined);
    const state = await page.evaluate(() => ({
      script: document.documentElement.dataset.geinjecteerd ?? null,
      handler: document.documentElement.dataset.handler ?? null,
      violations: (window as unknown as { violations: string[] }).violations,
    }));
    await page.close();
    return { ...state, consoleErrors };
  }

  it('is blocked by the served headers and the page CSP together, and its side effects never happen', async () => {
    const result = await visit(true, 1);
    expect(result.script).toBeNull();
    expect(result.handler).toBeNull();
    expect(result.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
    expect(result.consoleErrors.some((e) => /Content Security Policy/.test(e))).toBe(true);
  });

  it('is blocked by the CSP <meta> alone, on a host that sends no headers', async () => {
    const result = await visit(false, 2);
    expect(result.script).toBeNull();
    expect(result.handler).toBeNull();
    expect(result.violations.length).toBeGreaterThanOrEqual(2);
    expect(result.consoleErrors.some((e) => /Content Security Policy/.test(e))).toBe(true);
  });
});
