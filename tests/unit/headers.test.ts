import { describe, expect, it } from 'vitest';
import { CSP, contentType, cspHeader, headersFor, isCompressible, metaCspDirectives, responseHeaders } from '@/headers';

const header = (path: string, name: string) => new Map(responseHeaders(path)).get(name);

describe('the header definitions (src/headers.ts)', () => {
  it("adds 'wasm-unsafe-eval' to script-src on the search page and Pagefind's files only", () => {
    expect(cspHeader('/zoeken/')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(cspHeader('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'");
    expect(cspHeader('/')).not.toContain('wasm-unsafe-eval');
    expect(cspHeader('/zoekenbeleid/')).not.toContain('wasm-unsafe-eval');
  });

  it('keeps every site-wide directive in the CSP of a path that adds sources', () => {
    const directives = cspHeader('/zoeken/').split('; ').map((d) => d.split(' ')[0]);
    expect(directives).toEqual(Object.keys(CSP));
  });

  it('lets browsers keep hashed files a year and makes them ask again for everything else', () => {
    expect(header('/_astro/site.abc123.css', 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(header('/pagefind/fragment/nl_1.pf_fragment', 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(header('/pagefind/pagefind-entry.json', 'Cache-Control')).toBe('no-cache');
    expect(header('/databank/goede-praktijken.csv', 'Cache-Control')).toBe('no-cache');
    expect(header('/', 'Cache-Control')).toBe('no-cache');
  });

  it('sends stylesheets and scripts under /_astro/ only the headers that act on them', () => {
    expect(responseHeaders('/_astro/site.abc123.css').map(([name]) => name)).toEqual([
      'X-Content-Type-Options',
      'Cross-Origin-Resource-Policy',
      'Cache-Control',
    ]);
  });

  it('leaves frame-ancestors and the hashed directives out of the <meta> policy', () => {
    const meta = metaCspDirectives().join('; ');
    expect(meta).toContain("default-src 'self'");
    expect(meta).not.toMatch(/frame-ancestors|script-src|style-src/);
  });

  it('gives a folder URL the HTML type and Pagefind files an octet-stream', () => {
    expect(contentType('/projecten/')).toBe('text/html; charset=utf-8');
    expect(contentType('/pagefind/wasm.nl.pagefind')).toBe('application/octet-stream');
    expect(contentType('/bestand.onbekend')).toBe('application/octet-stream');
    expect(headersFor('/databank/goede-praktijken.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
  });

  it("compresses text and leaves images and Pagefind's gzip data alone", () => {
    expect(['/index.html', '/_astro/a.css', '/pagefind/pagefind.js', '/x.json', '/favicon.svg', '/sitemap-0.xml', '/admin/config.yml'].filter(isCompressible)).toHaveLength(7);
    expect(['/pagefind/fragment/a.pf_fragment', '/pagefind/wasm.nl.pagefind', '/foto.png', '/_headers'].filter(isCompressible)).toEqual([]);
  });
});
