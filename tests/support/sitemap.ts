import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path listed in the built sitemap(s), e.g. "/projecten/". */
export function sitemapPaths(dir = 'dist'): string[] {
  const files = readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('de sitemap is leeg');
  return paths.sort();
}
