import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import nl from '../../src/i18n/nl.json' with { type: 'json' };
import { SITE_URL } from '../../src/config.ts';
import { linkHtml } from '../../src/markdown/link-markers.ts';

/** What the banner on every archived page says and links to. */
export interface BannerInfo {
  /** Dutch date of the snapshot, e.g. "25 november 2026". */
  datum: string;
  /** Short commit hash. */
  commit: string;
  /** Live URL of this page. */
  liveUrl: string;
  /** Relative URL of the banner stylesheet from this page. */
  cssHref: string;
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Inserts the archive banner as the first thing in <body>, before the skip link, so every
 * reader (and screen reader) learns at once that this is a dated copy, not the live site.
 * The link to the live page is rendered like every link of the site (linkHtml).
 */
export function addBanner(html: string, info: BannerInfo): string {
  const t = nl.archief;
  const banner = el('div', { className: ['archief-banner'], role: 'note', ariaLabel: t.label }, [
    el('p', {}, [
      el('strong', {}, [text(t.kopieVan.replace('{datum}', info.datum))]),
      text(` (${t.versie} `),
      el('code', {}, [text(info.commit)]),
      text('). '),
      { type: 'raw', value: linkHtml(info.liveUrl, t.bekijkActueel, SITE_URL) },
    ]),
  ]);
  const css = toHtml(el('link', { rel: ['stylesheet'], href: info.cssHref }, []));
  const bannerHtml = toHtml(banner, { allowDangerousHtml: true });
  // Function replacements: a `$` in a commit, date or URL must not be read as a pattern.
  return html.replace('</head>', () => `${css}</head>`).replace(/<body([^>]*)>/, (_, attrs: string) => `<body${attrs}>${bannerHtml}`);
}

export const BANNER_CSS = `.archief-banner{background:#333332;color:#fff;padding:.5rem 1rem;font-size:.9375rem}
.archief-banner p{margin:0 auto;max-width:72rem}
.archief-banner a,.archief-banner a:visited{color:#fff}
@media print{.archief-banner{background:none;color:#000;border-bottom:1px solid #000}.archief-banner a{color:#000}}
`;
