import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { addBanner, BANNER_CSS } from './banner.ts';
import { classicScripts, relativizeCss, relativizeHtml, rootRelativeLeft } from './rewrite-html.ts';
import { relativeUrl } from './relative-url.ts';
import { writeOfflinePagefind } from './pagefind-offline.ts';

/** All files below a folder, as sorted POSIX paths relative to it. */
export function listFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub))
    .sort()
    .flatMap((name) => {
      const rel = sub ? `${sub}/${name}` : name;
      return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
    });
}

// Pagefind's own UI bundles are not used by this site, and offline pagefind-offline.js replaces
// the module build; all of them carry root-relative defaults that cannot work from disk.
const UNUSED = /^pagefind\/pagefind(-ui|-component-ui|-modular-ui|-worker)?\.(js|css)$/;

/** From file:// the CSP source 'self' matches nothing reliably; the copy has no server to protect. */
const OFFLINE_CSP =
  "default-src 'none'; script-src * 'wasm-unsafe-eval'; style-src *; img-src * data:; font-src *; connect-src *; object-src 'none'; base-uri 'none'";

export interface OfflineOptions {
  dir: string;
  datum: string;
  commit: string;
  siteUrl: string;
  log: (line: string) => void;
}

/**
 * Turns a built site in `dir` into one that works when opened from disk: relative URLs,
 * folder links to index.html, classic scripts, the offline search index, and a banner.
 * Throws when a root-relative URL survives in any HTML, CSS or JS file.
 */
export function makeOffline(opts: OfflineOptions): { pages: number } {
  const { dir } = opts;
  const pf = writeOfflinePagefind(join(dir, 'pagefind'));
  opts.log(`  zoekindex offline gemaakt: ${pf.files} bestanden, ${(pf.bytes / 1024).toFixed(0)} KB`);
  writeFileSync(join(dir, 'archief.css'), BANNER_CSS);

  const leftovers: string[] = [];
  let pages = 0;
  for (const file of listFiles(dir)) {
    const path = join(dir, file);
    if (UNUSED.test(file)) {
      writeFileSync(path, '');
      continue;
    }
    if (file.endsWith('.html')) {
      pages++;
      let html = readFileSync(path, 'utf8');
      html = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
      html = html.replace('<head>', `<head><meta http-equiv="content-security-policy" content="${OFFLINE_CSP}">`);
      if (/\sdata-pagefind-search\b|\/pagefind\/pagefind\.js/.test(html) || file === 'zoeken/index.html') {
        const pfBase = relativeUrl('/pagefind/', file).replace(/index\.html$/, '');
        html = html.replace('</head>', `<script src="${pfBase}pagefind-data.js"></script><script src="${pfBase}pagefind-offline.js"></script></head>`);
      }
      // The Databank filter fetches its index, which browsers refuse from file://: offline, the overview
      // keeps the links per facet and per page it has without JavaScript.
      html = html.replace(/\sdata-index="\/[^"]*"/g, '');
      html = classicScripts(relativizeHtml(html, file));
      const live = new URL(file.replace(/(^|\/)index\.html$/, '$1'), `${opts.siteUrl}/`).href;
      html = addBanner(html, { datum: opts.datum, commit: opts.commit, liveUrl: live, cssHref: relativeUrl('/archief.css', file) });
      writeFileSync(path, html);
      leftovers.push(...rootRelativeLeft(html, 'html').map((u) => `${file}: ${u}`));
    } else if (file.endsWith('.css')) {
      const css = relativizeCss(readFileSync(path, 'utf8'), file);
      writeFileSync(path, css);
      leftovers.push(...rootRelativeLeft(css, 'css').map((u) => `${file}: ${u}`));
    } else if (file.endsWith('.js')) {
      leftovers.push(...rootRelativeLeft(readFileSync(path, 'utf8'), 'js').map((u) => `${file}: ${u}`));
    }
  }
  if (leftovers.length > 0) {
    throw new Error(`Root-relatieve URL's die offline niet werken:\n  ${leftovers.slice(0, 20).join('\n  ')}`);
  }
  return { pages };
}

export { posix };
