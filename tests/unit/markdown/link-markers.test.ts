import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeLinkMarkers, { linkKind } from '@/markdown/link-markers';

const SITE = 'https://preventie-radicalisering-polarisering.vlaanderen.be';

async function render(md: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeLinkMarkers, { site: SITE })
    .use(rehypeStringify)
    .process(md);
  return String(file);
}

describe('link markers', () => {
  it('marks a link to another site as opening in a new window', async () => {
    const html = await render('[VVSG](https://www.vvsg.be/)');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('<span class="link-marker"> (opent in nieuw venster)</span></a>');
  });

  it('marks a mailto link as opening the e-mail application', async () => {
    const html = await render('[info@hannah-arendt.institute](mailto:info@hannah-arendt.institute)');
    expect(html).toContain('(opent in uw e-mail applicatie)</span></a>');
    expect(html).not.toContain('target=');
  });

  it('leaves a root-relative link to the site itself unmarked', async () => {
    const html = await render('[Projecten](/projecten/)');
    expect(html).toBe('<p><a href="/projecten/">Projecten</a></p>');
  });

  it('treats an absolute link to the site own origin as internal', () => {
    expect(linkKind(`${SITE}/databank/`, SITE)).toBe('internal');
  });

  it('treats a protocol-relative link to another host as external', () => {
    expect(linkKind('//example.org/x', SITE)).toBe('external');
  });

  it('leaves an in-page anchor unmarked', () => {
    expect(linkKind('#tijdlijn', SITE)).toBe('internal');
  });
});
