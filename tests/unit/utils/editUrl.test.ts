import { describe, expect, it } from 'vitest';
import { editUrl } from '@/utils/editUrl';

const base = 'https://github.com/vlaanderen/preventie-radicalisering-polarisering/edit/main/';

describe('the "Bewerk deze pagina" link', () => {
  it('points at the content file in the repository’s web editor', () => {
    expect(editUrl(base, 'content/beleid/sociale-cohesie.md')).toBe(`${base}content/beleid/sociale-cohesie.md`);
  });

  it('works with a configured base URL that lacks the trailing slash', () => {
    expect(editUrl(base.slice(0, -1), 'content/projecten/polarprof.md')).toBe(`${base}content/projecten/polarprof.md`);
  });

  it('drops the leading ./ Astro may put before a file path', () => {
    expect(editUrl(base, './content/goede-praktijken/buurtvonken-eeklo.md')).toBe(`${base}content/goede-praktijken/buurtvonken-eeklo.md`);
  });

  it('follows another repository or branch when the base URL is configured differently', () => {
    expect(editUrl('https://git.example.org/redactie/site/-/edit/productie/', 'content/beleid/x.md')).toBe(
      'https://git.example.org/redactie/site/-/edit/productie/content/beleid/x.md',
    );
  });

  it('encodes characters that are not allowed in a URL', () => {
    expect(editUrl(base, 'content/beleid/één pagina.md')).toBe(`${base}content/beleid/%C3%A9%C3%A9n%20pagina.md`);
  });
});
