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

/**
 * The pages a content change touches, when CI's content lane names them in the file GATE_PAGES
 * (one path per line, see scripts/ci-lane.ts); undefined means: check every page.
 */
export function gateSelection(): Set<string> | undefined {
  const file = process.env.GATE_PAGES;
  if (!file) return undefined;
  return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
}

/** The sitemap pages the gates (html-validate, axe, weight) check: all of them, or the content lane's selection. */
export function gatePaths(dir = 'dist'): string[] {
  const selection = gateSelection();
  const all = sitemapPaths(dir);
  return selection ? all.filter((p) => selection.has(p)) : all;
}
