import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeTableScroll from '@/markdown/table-scroll';

async function render(md: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableScroll).use(rehypeStringify).process(md));
}

const table = '| Jaar | Wat |\n| --- | --- |\n| 2015 | Plan |\n';

describe('table scroll regions', () => {
  it('wraps a table in a focusable region with a label', async () => {
    const html = await render(table);
    expect(html).toMatch(/^<div class="tabel-scroll" role="region" tabindex="0" aria-label="Tabel 1"><table>/);
  });

  it('numbers the regions so each label is unique on the page', async () => {
    const html = await render(`${table}\ntekst\n\n${table}`);
    expect(html).toContain('aria-label="Tabel 2"');
  });

  it('leaves a page without tables alone', async () => {
    expect(await render('Gewoon tekst.')).toBe('<p>Gewoon tekst.</p>');
  });
});
