import { lookup } from 'mrmime';

/**
 * Content-Type of a published file, as a static host sends it. Text gets its charset (the build
 * writes UTF-8). Pagefind's own files (.pagefind, .pf_*) are gzip streams that Pagefind unpacks
 * itself, so they are opaque bytes to the browser: application/octet-stream, as hosts send them.
 */
export function contentType(path: string): string {
  const type = lookup(path) ?? 'application/octet-stream';
  const text = type.startsWith('text/') || type === 'image/svg+xml' || type === 'application/json' || type === 'application/xml';
  return text ? `${type}; charset=utf-8` : type;
}
