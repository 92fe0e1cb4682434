import { posix } from 'node:path';

/**
 * Turns a root-relative URL into one relative to the file that contains it, and points folder
 * URLs at their index.html: opened from disk, "/x/" means the file system root and "x/" a listing.
 */
export function relativeUrl(url: string, fromFile: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const match = /^([^?#]*)(.*)$/.exec(url)!;
  let target = match[1]!;
  const rest = match[2] ?? '';
  if (target.endsWith('/')) target += 'index.html';
  const fromDir = posix.dirname(`/${fromFile}`);
  let rel = posix.relative(fromDir, target);
  if (rel === '') rel = posix.basename(target);
  return rel + rest;
}

/** A root-relative folder ("/pagefind/") relative to a file, keeping the trailing slash. */
export function relativeDir(dir: string, fromFile: string): string {
  const rel = posix.relative(posix.dirname(`/${fromFile}`), dir);
  return rel === '' ? './' : `${rel}/`;
}
