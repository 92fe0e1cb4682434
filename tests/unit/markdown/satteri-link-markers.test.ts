import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import satteriLinkMarkers from '@/markdown/satteri-link-markers';
import { satteriHastPlugins } from '@/markdown/satteri-plugins';
import { rehypePlugins } from '@/markdown/plugins';

const SITE = 'https://preventie-radicalisering-polarisering.vlaanderen.be';

async function satteriHtml(md: string): Promise<string> {
  const { html } = markdownToHtml(md, { hastPlugins: [satteriLinkMarkers({ site: SITE })] });
  return html.trim();
}

/** The whole site pipeline in each processor: the plugin lists astro.config.mjs uses. */
async function pipelines(md: string): Promise<[string, string]> {
  const { html } = await markdownToHtml(md, { hastPlugins: satteriHastPlugins(SITE) });
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypePlugins(SITE) as never)
    .use(rehypeStringify)
    .process(md);
  const fold = (s: string) => s.trim().replace(/>\s+</g, '><');
  return [fold(html), fold(String(file))];
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

  it('renders the same HTML as the unified pipeline: links, lists and numbered table regions', async () => {
    const table = '| Jaar | Wat |\n| --- | --- |\n| 2015 | Plan |\n';
    const md = [
      'Zie [de VVSG](https://www.vvsg.be/) en [Projecten](/projecten/).',
      '',
      '- mail [info@abb.vlaanderen.be](mailto:info@abb.vlaanderen.be)',
      '- [Databank](' + SITE + '/databank/) en [ander](//example.org/x)',
      '',
      table,
      'tekst',
      '',
      table,
    ].join('\n');
    const [sat, uni] = await pipelines(md);
    expect(sat).toContain('aria-label="Tabel 2"');
    expect(sat).toBe(uni);
  });

  it('starts the table count again in every document', async () => {
    const [first] = await pipelines('| a |\n| - |\n| 1 |\n');
    const [second] = await pipelines('| a |\n| - |\n| 1 |\n');
    expect(first).toContain('Tabel 1');
    expect(second).toContain('Tabel 1');
  });
});
