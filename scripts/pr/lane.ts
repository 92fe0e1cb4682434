import { extname } from 'node:path';
import { IMAGE_EXTENSIONS } from '../../src/check/collections.ts';
import type { ChangedFile } from './git.ts';

/** Which CI lane a change takes: the content lane (check, build, gates on the touched pages) or the full suite. */
export type Lane = { lane: 'inhoud' } | { lane: 'volledig'; reason: string };

/** The redirect map: a rename in content/ needs a line here, so it belongs to a content change. */
export const REDIRECTS_FILE = 'src/redirects.ts';

/**
 * The content lane when every changed file is content: a file under content/, an image under public/ that
 * content shows (`usedImages`, before or after the change), or the redirect map. Anything else can change
 * any page, so it runs the full suite.
 */
export function chooseLane(files: readonly ChangedFile[], usedImages: ReadonlySet<string>): Lane {
  if (files.length === 0) return { lane: 'volledig', reason: 'geen gewijzigde bestanden gevonden' };
  for (const f of files) {
    for (const path of [f.path, ...(f.from ? [f.from] : [])]) {
      if (path.startsWith('content/') || path === REDIRECTS_FILE) continue;
      if (path.startsWith('public/') && IMAGE_EXTENSIONS.includes(extname(path).toLowerCase()) && usedImages.has(path)) continue;
      return { lane: 'volledig', reason: `${path} is geen inhoud` };
    }
  }
  return { lane: 'inhoud' };
}
