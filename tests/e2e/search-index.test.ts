import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const dist = 'dist';
const bundle = join(dist, 'pagefind');

describe('the search index of the built site', () => {
  it('holds every page with indexed content, under that page’s URL, and nothing else', () => {
    const withContent = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'))
      .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
      .sort();
    const indexed = readdirSync(join(bundle, 'fragment'))
      .map((f) => {
        const json = gunzipSync(readFileSync(join(bundle, 'fragment', f))).subarray('pagefind_dcd'.length).toString('utf8');
        return (JSON.parse(json) as { url: string }).url;
      })
      .sort();
    expect(withContent.length).toBeGreaterThan(50);
    expect(indexed).toEqual(withContent);
  });
});
