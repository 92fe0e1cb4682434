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

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Inserts the archive banner as the first thing in <body>, before the skip link, so every
 * reader (and screen reader) learns at once that this is a dated copy, not the live site.
 */
export function addBanner(html: string, info: BannerInfo): string {
  const banner =
    `<div class="archief-banner" role="note" aria-label="Archiefkopie">` +
    `<p><strong>Gearchiveerde kopie van ${escape(info.datum)}</strong> (versie <code>${escape(info.commit)}</code>). ` +
    `<a href="${escape(info.liveUrl)}" target="_blank" rel="noopener noreferrer">Bekijk de actuele pagina<span class="link-marker"> (opent in nieuw venster)</span></a></p></div>`;
  const css = `<link rel="stylesheet" href="${escape(info.cssHref)}">`;
  return html.replace('</head>', `${css}</head>`).replace(/<body([^>]*)>/, `<body$1>${banner}`);
}

export const BANNER_CSS = `.archief-banner{background:#333332;color:#fff;padding:.5rem 1rem;font-size:.9375rem}
.archief-banner p{margin:0 auto;max-width:72rem}
.archief-banner a,.archief-banner a:visited{color:#fff}
@media print{.archief-banner{background:none;color:#000;border-bottom:1px solid #000}.archief-banner a{color:#000}}
`;
