import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite, watchErrors } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import { startNginx, type NginxServer } from '../../scripts/lib/nginx-server';
import type { StaticServer } from '../../scripts/lib/static-server';
import { headersFor } from '../../src/headers';
import { redirects } from '../../src/redirects';
import { NGINX_BINARY } from '../../src/hosting/nginxConfig';

// Debian's nginx with the generated configuration over the built dist/, as a server of one's own runs it.
const SEED = '/sociale-cohesie/preventie-van-gewelddadige-radicalisering/';
const first = (dir: string, re: RegExp) => {
  const name = readdirSync(join('dist', dir)).find((f) => re.test(f));
  if (!name) throw new Error(`geen bestand ${re} in dist/${dir}`);
  return `/${dir}/${name}`.replace('//', '/');
};

/** One file of every kind the site serves. */
const SAMPLE = (): string[] => [
  '/',
  SEED,
  '/zoeken/',
  '/404.html',
  first('_astro', /\.css$/),
  first('_astro', /\.js$/),
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-worker.js',
  '/pagefind/pagefind-entry.json',
  first('pagefind', /\.pf_meta$/),
  '/pagefind/wasm.nl.pagefind',
  first('pagefind/fragment', /\.pf_fragment$/),
  first('pagefind/index', /\.pf_index$/),
  first('pagefind/filter', /\.pf_filter$/),
  first('pagefind/woorden', /\.json$/),
  '/databank/goede-praktijken.json',
  '/databank/goede-praktijken.csv',
  '/databank/goede-praktijken.schema.json',
  '/sitemap-index.xml',
  '/robots.txt',
  '/favicon.svg',
  '/admin/',
  '/admin/config.yml',
  first('admin', /^decap-cms\.js$/),
];

let nginx: NginxServer;
let node: StaticServer;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx();
  node = await serveSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await node?.close();
  await nginx?.close();
});

const get = (path: string, encoding = 'br, gzip') =>
  fetch(nginx.url + path, { redirect: 'manual', headers: { 'accept-encoding': encoding } });

describe('headers sent by nginx', () => {
  it('every file kind gets exactly the headers src/headers.ts defines for it, Content-Type included', async () => {
    const problems: string[] = [];
    for (const path of SAMPLE()) {
      const res = await get(path);
      if (res.status !== 200) problems.push(`${path}: status ${res.status}`);
      for (const [name, value] of Object.entries(headersFor(path))) {
        if (res.headers.get(name) !== value) problems.push(`${path}: ${name} is "${res.headers.get(name)}", expected "${value}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every page of the sitemap, the 404 and a redirect carry the CSP with frame-ancestors and every other security header', async () => {
    const required = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security', 'cross-origin-opener-policy', 'cross-origin-resource-policy'];
    const problems: string[] = [];
    for (const path of [...sitemapPaths(), '/bestaat-niet/', Object.keys(redirects)[0]!]) {
      const res = await get(path);
      const missing = required.filter((h) => !res.headers.get(h));
      if (missing.length) problems.push(`${path}: ${missing.join(', ')}`);
      if (!/frame-ancestors 'none'/.test(res.headers.get('content-security-policy') ?? '')) problems.push(`${path}: no frame-ancestors`);
    }
    expect(problems).toEqual([]);
  });

  it("allows 'wasm-unsafe-eval' only on the search page and Pagefind's files", async () => {
    const wasm = async (path: string) => (await get(path)).headers.get('content-security-policy')?.includes("'wasm-unsafe-eval'");
    expect(await wasm('/zoeken/')).toBe(true);
    expect(await wasm('/pagefind/pagefind-worker.js')).toBe(true);
    expect(await wasm(SEED)).toBe(false);
    expect(await wasm('/')).toBe(false);
  });

  it('lets browsers keep hashed files for a year and makes them ask again for pages and data', async () => {
    const cache = async (path: string) => (await get(path)).headers.get('cache-control');
    const year = 'public, max-age=31536000, immutable';
    expect(await cache(first('_astro', /\.css$/))).toBe(year);
    expect(await cache(first('pagefind/fragment', /\.pf_fragment$/))).toBe(year);
    for (const path of [SEED, '/pagefind/pagefind-entry.json', '/databank/goede-praktijken.json', '/sitemap-index.xml']) {
      expect(await cache(path)).toBe('no-cache');
    }
  });

  it('sends the same headers as npm run serve, so local figures equal production', async () => {
    const problems: string[] = [];
    for (const path of SAMPLE()) {
      const [a, b] = await Promise.all([get(path), fetch(node.url + path, { headers: { 'accept-encoding': 'br, gzip' } })]);
      for (const name of [...Object.keys(headersFor(path)), 'content-encoding']) {
        if (a.headers.get(name) !== b.headers.get(name)) problems.push(`${path}: ${name} nginx "${a.headers.get(name)}", npm run serve "${b.headers.get(name)}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('compression by nginx', () => {
  it('sends the Brotli file to a browser that accepts it, and its content is the page', async () => {
    const res = await get(SEED, 'gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    // fetch decodes the body by its Content-Encoding: a broken .br file would throw here.
    expect(await res.text()).toBe(readFileSync(join('dist', SEED, 'index.html'), 'utf8'));
  });

  it('sends the gzip file to a client that accepts only gzip', async () => {
    const path = first('_astro', /\.css$/);
    const res = await get(path, 'gzip');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(readFileSync(join('dist', path), 'utf8'));
  });

  it('sends the file itself to a client that accepts no compression', async () => {
    const res = await get(SEED, 'identity');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(readFileSync(join('dist', SEED, 'index.html'), 'utf8'));
  });

  it("leaves Pagefind's pre-gzipped index files as they are", async () => {
    const path = first('pagefind/fragment', /\.pf_fragment$/);
    const res = await get(path);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join('dist', path)))).toBe(true);
  });

  it('answers 304 to a browser that already has the page', async () => {
    const etag = (await get(SEED)).headers.get('etag');
    const again = await fetch(nginx.url + SEED, { headers: { 'accept-encoding': 'br', 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });
});

describe('addresses on nginx', () => {
  it.each(Object.entries(redirects))('%s answers 301 to its new page, with and without slash', async (from, to) => {
    for (const path of [from, `${from}/`]) {
      const res = await get(path);
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(to);
    }
  });

  it('sends a folder address without its slash on to the address with the slash', async () => {
    const res = await get('/projecten');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/projecten/');
  });

  it('answers an unknown address with status 404 and the Dutch not-found page', async () => {
    const page404 = readFileSync('dist/404.html', 'utf8');
    for (const path of ['/bestaat-niet/', '/_astro/bestaat-niet.css', '/pagefind/']) {
      const res = await get(path, 'identity');
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(page404);
    }
  });
});

describe('a malformed address', () => {
  it('gets 400 from nginx and from npm run serve, and both keep serving', async () => {
    for (const url of [nginx.url, node.url]) {
      expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${url}/`)).status).toBe(200);
    }
  });
});

describe('Chromium through nginx', () => {
  it('finds results on the search page, without a console error', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${nginx.url}/zoeken/?q=gemeenten`);
    await page.waitForSelector('site-search[data-ready]');
    const status = await page.locator('[role="status"]').innerText();
    expect(Number(/^(\d+) resultat/.exec(status.trim())?.[1] ?? 0)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('transfers only the HTML on a repeat visit: everything else comes from the cache', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(nginx.url + SEED, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const network: string[] = [];
    const cached = new Set<string>();
    cdp.on('Network.requestServedFromCache', (e) => cached.add(e.requestId));
    cdp.on('Network.responseReceived', (e) => {
      if (!cached.has(e.requestId) && !e.response.fromDiskCache) network.push(`${e.type} ${new URL(e.response.url).pathname}`);
    });
    for (const path of ['/sociale-cohesie/', SEED]) await page.goto(nginx.url + path, { waitUntil: 'load' });
    expect(network).toEqual(['Document /sociale-cohesie/', `Document ${SEED}`]);
    await context.close();
  });
});

describe('the reference configuration hosting/nginx.conf', () => {
  it('is accepted by nginx -t', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'nginx-t-'));
    try {
      execFileSync(NGINX_BINARY, ['-t', '-q', '-p', prefix, '-c', join(process.cwd(), 'hosting/nginx.conf'), '-e', 'stderr'], { stdio: 'pipe' });
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
