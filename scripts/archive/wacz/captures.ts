import { existsSync, readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { ADMIN_PATH } from '../../../src/cms/adminCsp.ts';
import { headersFor, responseHeaders } from '../../../src/headers.ts';
import { parseRedirects } from '../../lib/redirects-file.ts';
import { listFiles } from '../offline-site.ts';
import { urlPathFor } from './url-path.ts';

/** One URL as the host answers it: what a crawler would have fetched from the canonical origin. */
export interface Capture {
  url: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
  /** Set on a second recording of a URL with a query, made only so that replay finds it. */
  variantOf?: string;
}

/** Files a static host reads as its own configuration and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * A .br or .gz the build wrote beside a file: the same response in another Content-Encoding,
 * which the host sends for the file's own URL, never at a URL of its own.
 */
function isPrecompressedCopy(siteDir: string, file: string): boolean {
  return /\.(br|gz)$/.test(file) && existsSync(join(siteDir, file.slice(0, -3)));
}

/**
 * Every URL of a built site with the response the host gives: each file at its URL (directory
 * URLs for index.html), with the headers of src/headers.ts (`headersFor`, the one source nginx
 * and `_headers` are written from, Content-Type included), and each entry of `_redirects` as a
 * 301 with Location; the CMS (/admin/) is left out. A redirect wins over a file at the same URL, as on the host. Recorded
 * uncompressed: a replay tool asks without Accept-Encoding.
 */
export function siteCaptures(siteDir: string, siteUrl: string, date: Date): Capture[] {
  const httpDate = date.toUTCString();
  const redirectsFile = join(siteDir, '_redirects');
  const redirects = parseRedirects(existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : '');
  const captures = new Map<string, Capture>();
  for (const file of listFiles(siteDir)) {
    if (HOST_FILES.has(file) || isPrecompressedCopy(siteDir, file)) continue;
    const path = urlPathFor(file);
    // The CMS edits the live repository: a web archive of the public site has no use for it.
    if (redirects.has(path) || path.startsWith(ADMIN_PATH)) continue;
    const body = readFileSync(join(siteDir, file));
    const { 'Content-Type': type = '', ...rest } = headersFor(path);
    const headers: [string, string][] = [
      ['Content-Type', type],
      ['Content-Length', String(body.length)],
      ['Date', httpDate],
      ...Object.entries(rest),
    ];
    captures.set(path, { url: new URL(path, siteUrl).href, status: 200, statusText: 'OK', headers, body });
  }
  for (const [path, { to, status }] of redirects) {
    const headers: [string, string][] = [
      ['Location', new URL(to, siteUrl).href],
      ['Content-Length', '0'],
      ['Date', httpDate],
      // No Content-Type: the redirect has no body (headersFor would type it by its path).
      ...responseHeaders(path),
    ];
    captures.set(path, { url: new URL(path, siteUrl).href, status, statusText: STATUS_CODES[status] ?? '', headers, body: Buffer.alloc(0) });
  }
  for (const capture of [...captures.values()]) {
    for (const variant of replayVariants(capture.url, date)) {
      const u = new URL(variant);
      captures.set(u.pathname + u.search, { ...capture, url: variant, variantOf: capture.url });
    }
  }
  return [...captures.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * A replay tool looks a URL up with its query, and where that misses, ReplayWeb.page takes the
 * closest URL with the same path and *a* query, never the bare path. Two requests of this site
 * always carry a query, so their pages are also recorded with one (the host answers the same):
 * - Pagefind asks for its entry file with a cache-busting `?ts=<now>`: recorded with the capture
 *   time, as a browser at that moment would have asked, which any later `ts` then matches;
 * - the search box on every page sends `GET /zoeken/?q=<words>`: recorded as an empty search,
 *   which any search then matches (the search page reads its words from the URL itself).
 */
function replayVariants(url: string, date: Date): string[] {
  if (url.endsWith('/pagefind/pagefind-entry.json')) return [`${url}?ts=${date.getTime()}`];
  if (new URL(url).pathname === '/zoeken/') return [`${url}?q=`];
  return [];
}
