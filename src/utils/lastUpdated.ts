import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * Date of the last commit that touched a file, so "Laatst bijgewerkt" cannot drift from reality.
 * Undefined outside a git checkout or for a file without history (then the front matter date is used).
 */
export function gitLastUpdated(file: string): Date | undefined {
  if (cache.has(file)) return cache.get(file);
  let date: Date | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    date = out ? new Date(out) : undefined;
  } catch {
    date = undefined;
  }
  cache.set(file, date);
  return date;
}
