/**
 * Every HTTP header the site sends, in one place: the Content-Security-Policy, the other security
 * headers, the cache policy and the Content-Type of each kind of file. From these definitions come
 * the pages' CSP <meta> (astro.config.mjs), dist/_headers (hosts such as Cloudflare Pages, and
 * `npm run serve`), the nginx configuration (src/hosting/nginxConfig.ts) and
 * `headersFor`, which anything else that serves or packs the files can call.
 */
import { ADMIN_CSP_SOURCES, ADMIN_HEADERS, ADMIN_PATH } from './cms/adminCsp.ts';
import { FILTER_DIR } from './utils/filterDir.ts';

/** Sources per CSP directive, for every response. Path rules below may add sources to a directive. */
export const CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only an HTTP header can forbid framing: browsers ignore frame-ancestors in a <meta>.
  'frame-ancestors': ["'none'"],
};

/**
 * Directives the pages' CSP <meta> repeats. Not frame-ancestors, report-uri or sandbox: browsers
 * ignore them in a <meta>. Not script-src or style-src: Astro writes those into each page itself,
 * with hashes of that page's own scripts and styles.
 */
const META_DIRECTIVES = [
  'default-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'object-src', 'frame-src',
  'worker-src', 'manifest-src', 'child-src', 'base-uri', 'form-action',
] as const;
type MetaDirective = (typeof META_DIRECTIVES)[number];
const isMetaDirective = (d: string): d is MetaDirective => (META_DIRECTIVES as readonly string[]).includes(d);

/** The other security headers, on every HTML response (and every response of a path that is not an asset path). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Headers that still mean something on a file the browser never shows as a page (a stylesheet or
 * a module script): the CSP, framing and permission headers only act on documents and workers,
 * and cost some 700 bytes on each response.
 */
const ASSET_HEADERS = new Set(['X-Content-Type-Options', 'Cross-Origin-Resource-Policy']);

export const CACHE_POLICIES = {
  /** A file whose name changes with its content: the browser keeps it a year without asking. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else: the browser may keep it but asks first (ETag/If-None-Match, 304 when unchanged). */
  revalidate: 'no-cache',
} as const;

export interface PathRule {
  /** A folder (ending in `/`, applies to everything under it) or one exact path. */
  path: string;
  /** Why this path differs; repeated as a comment in every generated configuration. */
  why: string;
  /** Sources added to the site-wide CSP directives for this path. */
  csp?: Record<string, string[]>;
  /** Cache policy for this path; without one, the parent's (in the end `revalidate`). */
  cache?: keyof typeof CACHE_POLICIES;
  /** Only files loaded by pages live here (stylesheets, module scripts): send the asset headers only. */
  assets?: boolean;
  /** Headers this path sends on top of the site-wide ones. */
  headers?: [string, string][];
}

const PAGEFIND_CSP = { 'script-src': ["'wasm-unsafe-eval'"] };

/**
 * Paths that differ from the site-wide headers, each one entry. A page that needs another CSP
 * (a CMS at /admin/ that needs 'unsafe-eval', say) is one more entry here, and every server
 * configuration, the _headers file and the page's <meta> (through `cspSources`) follow.
 */
export const PATH_RULES: readonly PathRule[] = [
  { path: '/zoeken/', csp: PAGEFIND_CSP, why: 'Pagefind compiles its search index as WebAssembly on the search page' },
  { path: '/pagefind/', csp: PAGEFIND_CSP, why: "Pagefind's worker runs under the CSP of its own response" },
  { path: '/pagefind/fragment/', cache: 'immutable', why: 'Pagefind names each fragment after a hash of its content' },
  { path: '/pagefind/index/', cache: 'immutable', why: 'Pagefind names each index chunk after a hash of its content' },
  { path: '/pagefind/filter/', cache: 'immutable', why: 'Pagefind names each filter chunk after a hash of its content' },
  { path: FILTER_DIR, cache: 'immutable', why: 'the Databank filter names its index and summary parts after a hash of their content' },
  { path: ADMIN_PATH, csp: ADMIN_CSP_SOURCES, headers: ADMIN_HEADERS, why: "Decap CMS needs 'unsafe-eval' and inline styles (reasons in src/cms/adminCsp.ts); never indexed" },
  { path: '/_astro/', cache: 'immutable', assets: true, why: 'Astro names each stylesheet and script after a hash of its content' },
];

/** Rules that apply to a path, least specific first (a folder before the folders and files in it). */
function rulesFor(path: string): PathRule[] {
  return PATH_RULES.filter((r) => (r.path.endsWith('/') ? path.startsWith(r.path) : path === r.path)).sort(
    (a, b) => a.path.length - b.path.length,
  );
}

/** The sources of one CSP directive for a path: the site-wide ones plus those its path rules add. */
export function cspSources(path: string, directive: string): string[] {
  const sources = [...(CSP[directive] ?? [])];
  for (const rule of rulesFor(path)) for (const s of rule.csp?.[directive] ?? []) if (!sources.includes(s)) sources.push(s);
  return sources;
}

/** The Content-Security-Policy header value for a path. */
export function cspHeader(path: string): string {
  const directives = new Set([...Object.keys(CSP), ...rulesFor(path).flatMap((r) => Object.keys(r.csp ?? {}))]);
  return [...directives].map((d) => `${d} ${cspSources(path, d).join(' ')}`).join('; ');
}

/** Directives for Astro's `security.csp.directives`: the site-wide ones a <meta> can carry and Astro does not hash. */
export function metaCspDirectives(): `${MetaDirective} ${string}`[] {
  return Object.entries(CSP).flatMap(([d, sources]) => (isMetaDirective(d) ? [`${d} ${sources.join(' ')}` as const] : []));
}

/** The headers of every response for a path, except Content-Type (which comes from the file's extension). */
export function responseHeaders(path: string): [string, string][] {
  const rules = rulesFor(path);
  const assets = rules.some((r) => r.assets);
  const cache = rules.findLast((r) => r.cache)?.cache ?? 'revalidate';
  const security: [string, string][] = [['Content-Security-Policy', cspHeader(path)], ...Object.entries(SECURITY_HEADERS)];
  const own = rules.flatMap((r) => r.headers ?? []);
  return [...security.filter(([name]) => !assets || ASSET_HEADERS.has(name)), ...own, ['Cache-Control', CACHE_POLICIES[cache]]];
}

/** Content-Type per file extension. Pagefind's own files are gzip data its script unpacks, hence octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  yml: 'application/yaml',
  yaml: 'application/yaml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/vnd.microsoft.icon',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  zip: 'application/zip',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
};
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** Content-Type of a path; a folder URL (`/x/`) is its index.html. */
export function contentType(path: string): string {
  if (path.endsWith('/')) return CONTENT_TYPES.html!;
  const ext = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (ext && CONTENT_TYPES[ext]) || DEFAULT_CONTENT_TYPE;
}

/** Types worth compressing; images, fonts, archives and Pagefind's pre-gzipped files are not. */
export function isCompressible(path: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|xml|yaml|wasm)|image\/svg\+xml)/.test(contentType(path));
}

/**
 * Every header a file of the site is served with, Content-Type included: what nginx, the _headers
 * file and `npm run serve` send for it. For whatever else serves or packs the files (an archive).
 */
export function headersFor(path: string): Record<string, string> {
  return Object.fromEntries([['Content-Type', contentType(path)], ...responseHeaders(path)]);
}
