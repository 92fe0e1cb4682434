import { describe, expect, it } from 'vitest';
import nl from '@/i18n/nl.json';
import { renderMarkdown } from '@/utils/renderMarkdown';

describe('a Markdown field from front matter', () => {
  it('gets the link markers of a page body', async () => {
    const html = await renderMarkdown('Lees [het verslag](https://www.example.org/) of mail [ons](mailto:info@example.org).');
    expect(html).toContain(`<a href="https://www.example.org/" target="_blank" rel="noopener noreferrer">het verslag<span class="link-marker"> (${nl.link.nieuwVenster})</span></a>`);
    expect(html).toContain(`<span class="link-marker"> (${nl.link.email})</span>`);
  });

  it('gets the table region of a page body', async () => {
    const html = await renderMarkdown('| Jaar | Wat |\n| --- | --- |\n| 2015 | Plan |\n');
    expect(html).toMatch(/<div class="tabel-scroll" role="region" tabindex="0" aria-label="Tabel 1"><table>/);
  });
});
