import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { satteriHastPlugins } from '@/markdown/satteri-plugins';
import { rehypePlugins } from '@/markdown/plugins';
import { unsafeScheme } from '@/utils/safeHref';

const SITE = 'https://preventie-radicalisering-polarisering.vlaanderen.be';

/** Page bodies render with Sätteri, Markdown fields (project cards) with unified: both must unlink. */
async function bothPipelines(md: string): Promise<string[]> {
  const { html } = await markdownToHtml(md, { hastPlugins: satteriHastPlugins(SITE) });
  const file = await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypePlugins(SITE) as never).use(rehypeStringify).process(md);
  return [html, String(file)];
}

const UNSAFE = [
  '[hier](javascript:alert(1))', '[hier](JavaScript:alert(1))', '[hier](&#106;avascript:alert(1))', '[hier](java&#x09;script:alert(1))',
  '[hier](data:text/html;base64,PHNjcmlwdD4=)', '[hier](vbscript:msgbox(1))', '[hier](file:///etc/passwd)', '<javascript:alert(1)>',
  '[hier][ref]\n\n[ref]: javascript:alert(1)',
];

/** Every href of the HTML as a browser reads the attribute (character references decoded). */
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map(([, v]) =>
    v!.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe('links with an unsafe address in Markdown', () => {
  it.each(UNSAFE)('renders %s without a link a browser would run or open, in both pipelines', async (md) => {
    for (const html of await bothPipelines(md)) {
      expect(hrefs(html).filter((h) => unsafeScheme(h))).toEqual([]);
      expect(html).toMatch(/hier|javascript:alert\(1\)/);
    }
  });

  it('shows the text of a javascript: link without a link around it', async () => {
    for (const html of await bothPipelines('Klik [hier](javascript:alert(1)).')) expect(html).toContain('<p>Klik <span>hier</span>.</p>');
  });

  it('keeps links to web pages, e-mail addresses and pages of the site', async () => {
    for (const html of await bothPipelines('[a](https://www.vvsg.be/) [b](mailto:info@vvsg.be) [c](/projecten/) [d](tel:+3221234567)')) {
      expect(html.match(/<a\b/g)).toHaveLength(4);
    }
  });
});
