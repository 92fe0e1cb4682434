import { describe, expect, it } from 'vitest';
import { responseHeaders } from '@/headers';
import { headersFileText } from '@/hosting/headersFile';
import { headersFor, parseHeaders } from '../../../scripts/lib/headers-file';

describe('dist/_headers', () => {
  it('gives every kind of path, read back as Cloudflare Pages and npm run serve read it, the headers of src/headers.ts', () => {
    const rules = parseHeaders(headersFileText());
    const paths = ['/', '/projecten/livc-r/', '/zoeken/', '/_astro/site.a1.css', '/pagefind/pagefind.js', '/pagefind/index/nl_1.pf_index', '/pagefind/fragment/nl_2.pf_fragment', '/pagefind/filter/nl_3.pf_filter'];
    for (const path of paths) expect(Object.fromEntries(headersFor(rules, path)), path).toEqual(Object.fromEntries(responseHeaders(path)));
  });

  it('says it is generated and where to edit', () => {
    expect(headersFileText()).toMatch(/^# Generated from src\/headers\.ts/);
  });
});
