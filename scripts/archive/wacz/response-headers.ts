import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeaders } from '../../lib/headers-file.ts';

/**
 * The headers the host adds to a path (security headers, caching), as published in the built
 * site's `_headers`. The one place the archive learns them: if `_headers` comes to be generated
 * from a definitions module, only this function changes.
 */
export function hostHeaders(siteDir: string): (path: string) => [string, string][] {
  const file = join(siteDir, '_headers');
  const rules = parseHeaders(existsSync(file) ? readFileSync(file, 'utf8') : '');
  return (path) => [...headersFor(rules, path)];
}
