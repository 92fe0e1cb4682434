import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import nl from '../i18n/nl.json' with { type: 'json' };

/** Lines of a Netlify/Cloudflare `_redirects` file: each old path with and without its slash. */
export function redirectsFileText(redirects: Record<string, string>): string {
  const lines = Object.entries(redirects).flatMap(([from, to]) => {
    const bare = from.replace(/\/+$/, '');
    return [`${bare} ${to} 301`, `${bare}/ ${to} 301`];
  });
  return `# Generated from src/redirects.ts at build time; edit that file, not this one.\n${lines.join('\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page a host without `_redirects` serves at an old address: Dutch, valid, no script or style
 * (the strict CSP allows neither inline), and the meta refresh Astro's own redirect pages have.
 */
export function redirectPageHtml(to: string, site: string): string {
  const href = escapeHtml(to);
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(nl.verhuisd.titel)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0;url=${href}">
<link rel="canonical" href="${escapeHtml(new URL(to, site).href)}">
</head>
<body>
<main>
<h1>${escapeHtml(nl.verhuisd.titel)}</h1>
<p>${escapeHtml(nl.verhuisd.tekst)} <a href="${href}">${escapeHtml(new URL(to, site).href)}</a>.</p>
</main>
</body>
</html>
`;
}

/**
 * Writes dist/_redirects from the redirect map and replaces Astro's English redirect pages
 * with Dutch ones. The map itself is also given to Astro as `redirects`, which makes the pages.
 */
export default function redirectsFile(options: { redirects: Record<string, string>; site: string }): AstroIntegration {
  return {
    name: 'redirects-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_redirects`, redirectsFileText(options.redirects));
        for (const [from, to] of Object.entries(options.redirects)) {
          writeFileSync(`${out}${from.replace(/\/+$/, '')}/index.html`, redirectPageHtml(to, options.site));
        }
        logger.info(`_redirects en ${Object.keys(options.redirects).length} verhuispagina's geschreven`);
      },
    },
  };
}
