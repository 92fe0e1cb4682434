import { relativeDir, relativeUrl } from './relative-url.ts';

// data-index: the Databank filter's index (a file); offline the filter stays off, but no URL may point at the disk's root.
const ATTRS = /(\s(?:href|src|action|poster|data-src|data-index))=("|')(\/(?!\/)[^"']*)\2/g;
// Folder prefixes handed to scripts (e.g. data-bundle="/pagefind/"): relative, but no index.html.
const DATA_DIRS = /(\sdata-[a-z-]+)=("|')(\/(?!\/)[^"']*\/)\2/g;
const SRCSET = /(\ssrcset)=("|')([^"']*)\2/g;
const REFRESH = /(<meta[^>]*http-equiv=["']refresh["'][^>]*content=["'][^"']*url=)(\/(?!\/)[^"']*)/gi;

/** Rewrites every root-relative URL in an HTML document relative to the document's own path. */
export function relativizeHtml(html: string, file: string): string {
  return html
    .replace(ATTRS, (_m, attr: string, q: string, url: string) => `${attr}=${q}${relativeUrl(url, file)}${q}`)
    .replace(DATA_DIRS, (_m, attr: string, q: string, dir: string) => `${attr}=${q}${relativeDir(dir, file)}${q}`)
    .replace(SRCSET, (_m, attr: string, q: string, set: string) => {
      const parts = set.split(',').map((p) => {
        const [u, ...d] = p.trim().split(/\s+/);
        return [relativeUrl(u ?? '', file), ...d].join(' ');
      });
      return `${attr}=${q}${parts.join(', ')}${q}`;
    })
    .replace(REFRESH, (_m, head: string, url: string) => head + relativeUrl(url, file));
}

/** Rewrites url(/…) in a stylesheet relative to the stylesheet itself. */
export function relativizeCss(css: string, file: string): string {
  return css.replace(/url\((["']?)(\/(?!\/)[^)"']*)\1\)/g, (_m, q: string, url: string) => `url(${q}${relativeUrl(url, file)}${q})`);
}

/**
 * Module scripts do not run from file:// (Chromium refuses them with origin "null"), so
 * self-contained bundles become deferred classic scripts, which run the same way.
 */
export function classicScripts(html: string): string {
  return html.replace(/<script type="module"(\s[^>]*)?\ssrc=/g, (_m, between: string | undefined) => `<script defer${between ?? ''} src=`);
}

/** Root-relative URLs left in a text file: the archive check fails on any. */
export function rootRelativeLeft(text: string, kind: 'html' | 'css' | 'js'): string[] {
  const pattern =
    kind === 'html'
      ? /\s(?:href|src|action|srcset|poster|data-[a-z-]+)=["']\/(?!\/)[^"']*/g
      : kind === 'css'
        ? /url\(["']?\/(?!\/)[^)"']*/g
        : /["'`]\/(?!\/)(?:[a-z0-9-]+\/)+[a-z0-9._-]*["'`]/gi;
  return [...text.matchAll(pattern)].map((m) => m[0].trim());
}
