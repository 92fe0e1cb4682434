/** An HTML file of the built site, by its path relative to the site folder (always with `/`). */
export interface SiteFile {
  path: string;
  /** Whether the page has content to index (a data-pagefind-body element). */
  indexed: boolean;
}

/** Every HTML file: what Pagefind reads when a narrower glob cannot be written. */
export const ALL_HTML = '**/*.html';

/**
 * A glob that matches exactly the indexed files, for Pagefind to read only those. Files are grouped
 * by top folder and depth: a group whose files are all indexed becomes one wildcard (all fiches are
 * `databank/<naam>/index.html`), a mixed group lists its indexed files by name, and a group without
 * indexed files is left out, so Pagefind no longer parses listing pages of several megabytes.
 */
export function indexGlob(files: readonly SiteFile[]): string {
  // Slugs never hold glob syntax; should a file name ever do, reading everything is still correct.
  if (files.some((f) => /[{}[\]*?,!\\]/.test(f.path))) return ALL_HTML;
  const groups = new Map<string, SiteFile[]>();
  for (const file of files) {
    const parts = file.path.split('/');
    const key = `${parts.length > 1 ? parts[0] : ''}/${parts.length}`;
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  const patterns: string[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const indexed = group.filter((f) => f.indexed);
    if (indexed.length === 0) continue;
    const depth = Number(key.slice(key.lastIndexOf('/') + 1));
    if (indexed.length === group.length && depth > 1) {
      patterns.push([key.slice(0, key.lastIndexOf('/')), ...Array<string>(depth - 2).fill('*'), '*.html'].join('/'));
    } else {
      patterns.push(...indexed.map((f) => f.path));
    }
  }
  return patterns.length === 1 ? patterns[0]! : `{${patterns.join(',')}}`;
}
