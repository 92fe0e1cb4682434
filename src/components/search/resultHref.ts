/**
 * Link target of a search result. Opened from disk, a folder URL shows a directory listing,
 * so in the offline archive (where Pagefind runs as a global) results point at index.html.
 */
export function resultHref(url: string, offline: boolean): string {
  if (!offline) return url;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  return path.endsWith('/') ? `${path}index.html${rest}` : url;
}
