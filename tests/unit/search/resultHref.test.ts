import { describe, expect, it } from 'vitest';
import { resultHref } from '@/components/search/resultHref';

describe('search result links', () => {
  it('keeps the URL Pagefind gives on the live site', () => {
    expect(resultHref('/projecten/polarprof/#aanbod', false)).toBe('/projecten/polarprof/#aanbod');
  });

  it('points a folder at its index.html in the offline archive, keeping the anchor', () => {
    expect(resultHref('/tmp/a/projecten/polarprof/#aanbod', true)).toBe('/tmp/a/projecten/polarprof/index.html#aanbod');
  });

  it('leaves a file URL alone in the offline archive', () => {
    expect(resultHref('/tmp/a/x.html', true)).toBe('/tmp/a/x.html');
  });
});
