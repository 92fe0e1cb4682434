import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import satteriLinkMarkers from '@/markdown/satteri-link-markers';
import rehypeLinkMarkers from '@/markdown/link-markers';

const SITE = 'https://preventie-radicalisering-polarisering.vlaanderen.be';

async function satteriHtml(md: string): Promise<string> {
  const { html } = await markdownToHtml(md, { hastPlugins: [satteriLinkMarkers({ site: SITE })] });
  return html.trim();
}

async function unifiedHtml(md: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeLinkMarkers, { site: SITE }).use(rehypeStringify).process(md);
  return String(file).trim();
}

describe('link markers in the Sätteri pipeline', () => {
  it('marks a link to another site as opening in a new window', async () => {
    const html = await satteriHtml('[VVSG](https://www.vvsg.be/)');
    expect(html).toBe(
      '<p><a href="https://www.vvsg.be/" target="_blank" rel="noopener noreferrer">VVSG<span class="link-marker"> (opent in nieuw venster)</span></a></p>',
    );
  });

  it('marks a mailto link as opening the e-mail application, without a new window', async () => {
    const html = await satteriHtml('[info@hannah-arendt.institute](mailto:info@hannah-arendt.institute)');
    expect(html).toContain('(opent in uw e-mail applicatie)</span></a>');
    expect(html).not.toContain('target=');
  });

  it('leaves links to the site itself and in-page anchors unmarked', async () => {
    expect(await satteriHtml(`[Projecten](/projecten/) [Databank](${SITE}/databank/) [Tijdlijn](#tijdlijn)`)).not.toContain('link-marker');
  });

  it('renders the same HTML as the unified rehype plugin', async () => {
    const md = [
      'Zie [de VVSG](https://www.vvsg.be/) en [Projecten](/projecten/).',
      '',
      '- mail [info@abb.vlaanderen.be](mailto:info@abb.vlaanderen.be)',
      '- [Databank](' + SITE + '/databank/) en [ander](//example.org/x)',
    ].join('\n');
    const fold = (s: string) => s.replace(/>\s+</g, '><');
    expect(fold(await satteriHtml(md))).toBe(fold(await unifiedHtml(md)));
  });
});
