import { createHash } from 'node:crypto';

/** SHA-256 of a buffer as lowercase hex. */
export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA256SUMS in the format `sha256sum -c` reads: "<hash>  <path>", sorted by path. */
export function formatSums(entries: Map<string, string>): string {
  return [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, hash]) => `${hash}  ${path}\n`)
    .join('');
}

/** Parses SHA256SUMS back into path → hash. */
export function parseSums(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) map.set(m[2]!, m[1]!);
  }
  return map;
}

export interface VerifyReport {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** Compares actual file hashes with the recorded ones; SHA256SUMS itself is not listed in itself. */
export function compareSums(recorded: Map<string, string>, actual: Map<string, string>): VerifyReport {
  const changed: string[] = [];
  const missing: string[] = [];
  const extra: string[] = [];
  for (const [path, hash] of recorded) {
    const got = actual.get(path);
    if (got === undefined) missing.push(path);
    else if (got !== hash) changed.push(path);
  }
  for (const path of actual.keys()) if (!recorded.has(path) && path !== 'SHA256SUMS') extra.push(path);
  return { changed: changed.sort(), missing: missing.sort(), extra: extra.sort() };
}
