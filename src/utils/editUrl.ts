/** Link to a content file in the repository's web editor. */
export function editUrl(base: string, filePath: string): string {
  return new URL(filePath.replace(/^\.\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}
