import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../../scripts/archive/relative-url';
import { classicScripts, relativizeCss, relativizeHtml, rootRelativeLeft } from '../../../scripts/archive/rewrite-html';

describe('relative URLs for the offline archive', () => {
  it('points a folder link at its index.html, relative to the page', () => {
    expect(relativeUrl('/databank/', 'projecten/polarprof/index.html')).toBe('../../databank/index.html');
  });

  it('links the home page from a nested page', () => {
    expect(relativeUrl('/', 'projecten/index.html')).toBe('../index.html');
  });

  it('keeps the query and the fragment', () => {
    expect(relativeUrl('/zoeken/?q=buren#r', 'index.html')).toBe('zoeken/index.html?q=buren#r');
  });

  it('leaves absolute, protocol-relative and relative URLs alone', () => {
    for (const url of ['https://www.vvsg.be/', '//cdn.example/x.js', '#inhoud', 'mailto:a@b.be', '../x/']) {
      expect(relativeUrl(url, 'a/index.html')).toBe(url);
    }
  });

  it('rewrites href, src and action attributes in HTML', () => {
    const html = '<a href="/a-z/">A</a><img src="/x.png" alt=""><form action="/zoeken/"></form>';
    expect(relativizeHtml(html, 'projecten/index.html')).toBe(
      '<a href="../a-z/index.html">A</a><img src="../x.png" alt=""><form action="../zoeken/index.html"></form>',
    );
  });

  it('rewrites url() in a stylesheet relative to the stylesheet', () => {
    expect(relativizeCss('a{background:url(/img/x.svg)}', '_astro/a.css')).toBe('a{background:url(../img/x.svg)}');
  });

  it('turns module scripts into deferred classic scripts', () => {
    expect(classicScripts('<script type="module" src="/_astro/a.js"></script>')).toBe('<script defer src="/_astro/a.js"></script>');
  });

  it('finds a root-relative URL left in a script', () => {
    expect(rootRelativeLeft('fetch("/pagefind/pagefind.js")', 'js')).toEqual(['"/pagefind/pagefind.js"']);
  });

  it('finds nothing in a rewritten page', () => {
    const html = relativizeHtml('<a href="/projecten/">P</a><link href="/_astro/x.css">', 'index.html');
    expect(rootRelativeLeft(html, 'html')).toEqual([]);
  });
});

describe('folder prefixes handed to scripts', () => {
  it('rewrites a data attribute holding a folder, without adding index.html', () => {
    expect(relativizeHtml('<site-search data-bundle="/pagefind/">', 'zoeken/index.html')).toBe('<site-search data-bundle="../pagefind/">');
  });

  it('rewrites the Databank filter\'s index file relative to the page', () => {
    expect(relativizeHtml('<databank-filter data-index="/databank/filter/index-0a1b.json" data-fiches="/databank/">', 'databank/index.html')).toBe(
      '<databank-filter data-index="filter/index-0a1b.json" data-fiches="./">',
    );
  });

  it('finds a root-relative data attribute that was left', () => {
    expect(rootRelativeLeft('<x data-bundle="/pagefind/">', 'html')).toEqual(['data-bundle="/pagefind/']);
  });
});
