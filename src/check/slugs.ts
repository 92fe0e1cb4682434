import { basename } from 'node:path';
import type { Entry } from './files.ts';
import type { Problem } from './problem.ts';
import { displayPath } from './problem.ts';

/** What two slugs look like to a visitor and to a case-insensitive disk: no case, no accents. */
export const slugKey = (s: string): string => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Entries of one collection whose slugs collide. The first of each group (the one already written
 * in plain lower case, else the first alphabetically) keeps its slug; the others are reported.
 */
export function duplicateSlugs(entries: readonly Entry[]): Problem[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = `${e.collection}/${slugKey(e.id)}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort(
      (a, b) => Number(a.name !== slugKey(a.name)) - Number(b.name !== slugKey(b.name)) || a.name.localeCompare(b.name),
    );
    const [first, ...rest] = sorted;
    for (const e of rest) {
      problems.push({
        severity: 'fout',
        file: e.file,
        line: 1,
        field: 'bestandsnaam',
        message: `"${basename(e.file)}" krijgt hetzelfde webadres als ${displayPath(first!.file)} (hoofdletters en accenten tellen niet mee)`,
        fix: 'geef een van beide bestanden een andere naam, of voeg de twee pagina’s samen',
      });
    }
  }
  return problems;
}
