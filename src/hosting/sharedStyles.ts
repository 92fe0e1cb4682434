/**
 * Stylesheets bundled into one file. Astro writes one CSS file per set of pages that share a
 * component, so the seed policy page loaded four, one of 152 bytes: a file of a few hundred bytes
 * costs more in response headers than in content. The base layout and the components of content
 * pages (policy pages and project cards) now come as one file, which every page loads and the
 * browser keeps; styles only a few pages use (search, databank charts) stay files of their own.
 */
const SHARED = [
  /\/src\/styles\//,
  /\/src\/layouts\/BaseLayout\.astro\?/,
  /\/src\/components\/(Header|Footer|MainNav|SearchBox|Breadcrumb|Sources|PageMeta|ChildPages|Timeline|ContactBlock|KijkerGrid)\.astro\?/,
];

/** Rolldown's manualChunks: the shared bundle for those stylesheets, the default for everything else. */
export function sharedStylesChunk(id: string): string | undefined {
  return /[?&]type=style|\.css$/.test(id) && SHARED.some((re) => re.test(id)) ? 'site' : undefined;
}
