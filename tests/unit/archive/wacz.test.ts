import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteCaptures } from '../../../scripts/archive/wacz/captures';
import { pageTitle } from '../../../scripts/archive/wacz/page-title';
import { recordId } from '../../../scripts/archive/wacz/record-id';
import { urlPathFor } from '../../../scripts/archive/wacz/url-path';
import { verifyWacz } from '../../../scripts/archive/wacz/verify-wacz';
import { verifyWarc } from '../../../scripts/archive/wacz/verify-warc';
import { writeWarc } from '../../../scripts/archive/wacz/warc';
import { readWarc, splitHttp } from '../../../scripts/archive/wacz/warc-read';
import { storedInWacz, waczFiles } from '../../../scripts/archive/wacz/wacz';
import { readZipEntries, writeReproducibleZip, type ZipEntry } from '../../../scripts/archive/zip';
import { contentType, cspHeader, headersFor, responseHeaders } from '@/headers';

const SITE = 'https://voorbeeld.vlaanderen.be';
const DATE = new Date('2026-03-04T10:20:30Z');

/**
 * A small built site: pages, one file of each other kind, the .br/.gz copies the build writes
 * beside them, the CMS at /admin/, _headers (with a value src/headers.ts does not give, which the archive must not
 * take) and _redirects.
 */
const SITE_FILES: Record<string, string> = {
  'index.html': '<!doctype html><html><head><title>Home &amp; start</title></head><body><a href="/databank/">Databank</a></body></html>',
  'index.html.br': 'brotli copy',
  'index.html.gz': 'gzip copy',
  'databank/index.html': '<!doctype html><title>Databank</title><h1>Databank</h1>',
  'databank/goede-praktijken.csv': 'titel\r\nA\r\n',
  'databank/goede-praktijken.json': '[]',
  'zoeken/index.html': '<!doctype html><title>Zoeken</title>',
  '_astro/site.css': 'body{color:black}',
  '_astro/site.css.br': 'brotli copy',
  '_astro/page.js': 'export {};',
  'pagefind/pagefind.js': 'export const x = 1;',
  'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
  'pagefind/wasm.nl.pagefind': '\x1f\x8b binary',
  'pagefind/fragment/nl_1.pf_fragment': '\x1f\x8b binary',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex/>',
  'robots.txt': 'User-agent: *',
  'admin/index.html': '<!doctype html><title>Beheerscherm</title>',
  'admin/config.yml': 'locale: nl',
  _headers: '/*\n  X-Frame-Options: SAMEORIGIN\n',
  _redirects: '/oud /databank/ 301\n/tijdelijk /zoeken/ 302\n',
};

let site: string;
let out: string;

async function buildWacz(): Promise<{ path: string; entries: Map<string, ZipEntry> }> {
  const captures = siteCaptures(site, SITE, DATE);
  const warc = await writeWarc(captures, { filename: 'data.warc', date: DATE, software: 'test', fields: { commit: 'abc' } });
  const files = await waczFiles(warc, captures, { title: 'T', description: 'D', software: 'test', siteUrl: SITE, date: DATE, created: DATE, commit: 'abc' });
  const path = join(mkdtempSync(join(out, 'w-')), 'test.wacz');
  await writeReproducibleZip(path, files, DATE, { store: storedInWacz });
  return { path, entries: await readZipEntries(path) };
}

/** A copy of a package with one file replaced, its zip entry kept as it was. */
function withFile(entries: Map<string, ZipEntry>, name: string, data: Buffer): Map<string, ZipEntry> {
  const copy = new Map(entries);
  copy.set(name, { ...entries.get(name)!, data });
  return copy;
}

const text = (entries: Map<string, ZipEntry>, name: string) => entries.get(name)!.data.toString('utf8');
const records = (entries: Map<string, ZipEntry>) => readWarc(entries.get('archive/data.warc')!.data);
const response = (entries: Map<string, ZipEntry>, url: string) =>
  records(entries).find((r) => r.headers.get('warc-type') === 'response' && r.headers.get('warc-target-uri') === url)!;

let wacz: Awaited<ReturnType<typeof buildWacz>>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'wacz-'));
  site = join(out, 'site');
  for (const [name, body] of Object.entries(SITE_FILES)) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), body, 'latin1');
  }
  wacz = await buildWacz();
});

describe('WACZ of a built site', () => {
  it('records directory URLs, not index.html', () => {
    const uris = records(wacz.entries).map((r) => r.headers.get('warc-target-uri'));
    expect(uris).toContain(`${SITE}/databank/`);
    expect(uris.some((u) => u?.endsWith('index.html'))).toBe(false);
  });

  it('leaves out the CMS (/admin/), which edits the live repository', () => {
    const uris = records(wacz.entries).map((r) => r.headers.get('warc-target-uri') ?? '');
    expect(uris).toContain(`${SITE}/robots.txt`);
    expect(uris.filter((u) => u.includes('/admin/'))).toEqual([]);
  });

  it('records a GET request for every response', () => {
    const all = records(wacz.entries);
    const responses = all.filter((r) => r.headers.get('warc-type') === 'response').map((r) => r.headers.get('warc-target-uri'));
    const requests = all.filter((r) => r.headers.get('warc-type') === 'request');
    expect(requests.map((r) => r.headers.get('warc-target-uri'))).toEqual(responses);
    expect(requests[0]!.block.toString('utf8')).toMatch(/^GET \/\S* HTTP\/1\.1\r\nHost: voorbeeld\.vlaanderen\.be\r\n/);
  });

  it('starts with a warcinfo record and dates every record at the given time', () => {
    const all = records(wacz.entries);
    expect(all[0]!.headers.get('warc-type')).toBe('warcinfo');
    expect(all[0]!.block.toString('utf8')).toContain('commit: abc');
    expect(new Set(all.map((r) => r.headers.get('warc-date')))).toEqual(new Set(['2026-03-04T10:20:30Z']));
    expect(new Set(all.map((r) => r.version))).toEqual(new Set(['WARC/1.1']));
  });

  it('answers each page with 200 and its Content-Type, and a redirect with 301 and Location', () => {
    const home = splitHttp(response(wacz.entries, `${SITE}/`).block)!;
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const moved = splitHttp(response(wacz.entries, `${SITE}/oud`).block)!;
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`${SITE}/databank/`);
    expect(response(wacz.entries, `${SITE}/tijdelijk`).block.toString('latin1')).toMatch(/^HTTP\/1\.1 302 Found\r\n/);
  });

  it('sends the headers of src/headers.ts, with the search page its own policy', () => {
    const home = splitHttp(response(wacz.entries, `${SITE}/`).block)!;
    const search = splitHttp(response(wacz.entries, `${SITE}/zoeken/`).block)!;
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('content-security-policy')).toBe(cspHeader('/'));
    expect(search.headers.get('content-security-policy')).toContain('wasm-unsafe-eval');
  });

  it('answers every kind of file with exactly the headers headersFor gives its path, as nginx sends them', () => {
    const paths = ['/', '/databank/', '/databank/goede-praktijken.csv', '/databank/goede-praktijken.json', '/zoeken/', '/_astro/site.css', '/_astro/page.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.nl.pagefind', '/pagefind/fragment/nl_1.pf_fragment', '/favicon.svg', '/sitemap-index.xml', '/robots.txt'];
    for (const path of paths) {
      const sent = new Map(splitHttp(response(wacz.entries, `${SITE}${path}`).block)!.headers);
      expect(sent.get('content-length'), path).toBe(String(Buffer.byteLength(SITE_FILES[path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)]!, 'latin1')));
      sent.delete('content-length');
      sent.delete('date');
      const expected = Object.entries(headersFor(path)).map(([k, v]) => [k.toLowerCase(), v]);
      expect(Object.fromEntries(sent), path).toEqual(Object.fromEntries(expected));
    }
  });

  it('answers a redirect with the headers of its path, without a Content-Type for its empty body', () => {
    const sent = new Map(splitHttp(response(wacz.entries, `${SITE}/oud`).block)!.headers);
    for (const name of ['location', 'content-length', 'date']) sent.delete(name);
    expect(Object.fromEntries(sent)).toEqual(Object.fromEntries(responseHeaders('/oud').map(([k, v]) => [k.toLowerCase(), v])));
  });

  it('records no .br or .gz copy at a URL of its own', () => {
    const uris = records(wacz.entries).map((r) => r.headers.get('warc-target-uri') ?? '');
    expect(uris.filter((u) => /\.(br|gz)$/.test(u))).toEqual([]);
    expect(uris).toContain(`${SITE}/_astro/site.css`);
  });

  it("also records Pagefind's entry file with a cache-busting query, for replay", () => {
    const variant = response(wacz.entries, `${SITE}/pagefind/pagefind-entry.json?ts=${DATE.getTime()}`);
    expect(splitHttp(variant.block)!.payload.toString()).toBe(SITE_FILES['pagefind/pagefind-entry.json']);
  });

  it('also records the search page with an empty query, which the search box sends', () => {
    const variant = response(wacz.entries, `${SITE}/zoeken/?q=`);
    expect(splitHttp(variant.block)!.payload.toString()).toBe(SITE_FILES['zoeken/index.html']);
  });

  it('lists every page with its title, the home page first and as mainPageUrl', () => {
    const [head, ...pages] = text(wacz.entries, 'pages/pages.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(head.format).toBe('json-pages-1.0');
    expect(pages.map((p) => p.url)).toEqual([`${SITE}/`, `${SITE}/databank/`, `${SITE}/zoeken/`]);
    expect(pages[0].title).toBe('Home & start');
    expect(JSON.parse(text(wacz.entries, 'datapackage.json')).mainPageUrl).toBe(`${SITE}/`);
  });

  it('stores WARC and index uncompressed in the zip', () => {
    expect(wacz.entries.get('archive/data.warc')!.compressionMethod).toBe(0);
    expect(wacz.entries.get('indexes/index.cdx')!.compressionMethod).toBe(0);
  });

  it('is byte-identical when written again', async () => {
    const again = await buildWacz();
    expect(readFileSync(again.path).equals(readFileSync(wacz.path))).toBe(true);
  });

  it('passes the verifier', () => {
    expect(verifyWacz(wacz.entries).problems).toEqual([]);
  });
});

describe('verifying a WACZ', () => {
  it('names the record and the digest when one byte of a record changes', () => {
    const warc = Buffer.from(wacz.entries.get('archive/data.warc')!.data);
    const at = warc.indexOf('<h1>Databank</h1>') + 4;
    warc[at] = 'd'.charCodeAt(0);
    const problems = verifyWacz(withFile(wacz.entries, 'archive/data.warc', warc)).problems.join('\n');
    expect(problems).toMatch(/archive\/data\.warc: record op byte \d+ \(response https:\/\/voorbeeld\.vlaanderen\.be\/databank\/\): WARC-Block-Digest klopt niet/);
    expect(problems).toContain('WARC-Payload-Digest klopt niet');
    expect(problems).toContain('archive/data.warc: sha256 klopt niet met datapackage.json');
  });

  it('names the file when one byte of the page list changes', () => {
    const pages = Buffer.from(wacz.entries.get('pages/pages.jsonl')!.data);
    pages[pages.indexOf('Databank')] = 'd'.charCodeAt(0);
    expect(verifyWacz(withFile(wacz.entries, 'pages/pages.jsonl', pages)).problems).toEqual([
      expect.stringMatching(/^pages\/pages\.jsonl: sha256 klopt niet met datapackage\.json/),
    ]);
  });

  it('catches a changed datapackage.json through datapackage-digest.json', () => {
    const dp = Buffer.from(text(wacz.entries, 'datapackage.json').replace('"title": "T"', '"title": "X"'));
    expect(verifyWacz(withFile(wacz.entries, 'datapackage.json', dp)).problems).toEqual([
      expect.stringMatching(/^datapackage\.json: hash klopt niet met datapackage-digest\.json/),
    ]);
  });

  it('catches an index line out of order or pointing beside a record', () => {
    const lines = text(wacz.entries, 'indexes/index.cdx').trim().split('\n');
    const swapped = [lines[1], lines[0], ...lines.slice(2)].join('\n');
    const shifted = lines.map((l, i) => (i === 0 ? l.replace(/"offset":"(\d+)"/, (_, n) => `"offset":"${Number(n) + 1}"`) : l)).join('\n');
    const check = (cdx: string) => verifyWacz(new Map([...withFile(wacz.entries, 'indexes/index.cdx', Buffer.from(cdx))].filter(([n]) => n !== 'datapackage.json' && n !== 'datapackage-digest.json'))).problems;
    expect(check(swapped)).toContainEqual('indexes/index.cdx regel 2: niet gesorteerd (komt voor de vorige regel)');
    expect(check(shifted)).toContainEqual(expect.stringMatching(/^indexes\/index\.cdx regel 1: offset \d+ valt niet op het begin van een record in data\.warc$/));
  });

  it('catches a deflated WARC and a page without a response record', () => {
    const deflated = new Map(wacz.entries);
    deflated.set('archive/data.warc', { ...wacz.entries.get('archive/data.warc')!, compressionMethod: 8 });
    expect(verifyWacz(deflated).problems).toContainEqual(expect.stringContaining('archive/data.warc: is gecomprimeerd in de zip'));
    const pages = `${text(wacz.entries, 'pages/pages.jsonl')}{"url":"${SITE}/bestaat-niet/","ts":"2026-03-04T10:20:30Z"}\n`;
    expect(verifyWacz(withFile(wacz.entries, 'pages/pages.jsonl', Buffer.from(pages))).problems).toContainEqual(
      `pages/pages.jsonl regel 5: ${SITE}/bestaat-niet/ heeft geen response-record in het WARC-bestand`,
    );
  });

  it('reports a WARC cut short as a record that does not parse', () => {
    const warc = wacz.entries.get('archive/data.warc')!.data;
    expect(verifyWarc('x.warc', warc.subarray(0, warc.length - 10)).problems).toEqual([
      expect.stringMatching(/^x\.warc: geen geldig WARC-record op byte \d+: Content-Length \d+ loopt voorbij het einde van het bestand$/),
    ]);
  });
});

describe('WACZ helpers', () => {
  it('maps index.html to its directory URL and leaves other files as they are', () => {
    expect(urlPathFor('index.html')).toBe('/');
    expect(urlPathFor('databank/x/index.html')).toBe('/databank/x/');
    expect(urlPathFor('404.html')).toBe('/404.html');
  });

  it('gives text a UTF-8 charset, WebAssembly its own type and Pagefind files opaque bytes', () => {
    expect(contentType('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/x.css')).toBe('text/css; charset=utf-8');
    expect(contentType('/x.wasm')).toBe('application/wasm');
    expect(contentType('/pagefind/wasm.nl.pagefind')).toBe('application/octet-stream');
    expect(contentType('/pagefind/index/nl_1.pf_index')).toBe('application/octet-stream');
  });

  it('reads a title with entities and spread over lines', () => {
    expect(pageTitle('<title>\n  A &amp; B\n</title>')).toBe('A & B');
    expect(pageTitle('<p>geen titel</p>')).toBe('');
  });

  it('makes the same record id for the same record and another for another', () => {
    expect(recordId('response', 'https://x/')).toBe(recordId('response', 'https://x/'));
    expect(recordId('response', 'https://x/')).not.toBe(recordId('request', 'https://x/'));
    expect(recordId('a')).toMatch(/^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$/);
  });
});
