import type { z } from 'astro/zod';
import { isScalar } from 'yaml';
import type { Entry } from './files.ts';
import { fieldName, type Problem } from './problem.ts';
import { schemaAt } from './shape.ts';
import { lineOf } from './source.ts';

/** What Astro's front-matter reader (js-yaml's default schema, inside Astro) turns into a Date. */
const TIMESTAMP = /^\d{4}-\d\d-\d\d$|^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?$/;

/**
 * Text fields whose value Astro reads as a date. The check reads YAML as YAML 1.2 core, where
 * `titel: 2024-01-01` is text; Astro reads it as a Date and its schema then stops the build. Only
 * an unquoted value becomes a date, so the fix is quotes.
 */
export function readAsDates(entry: Entry, schema: z.ZodType): Problem[] {
  if (!entry.source || entry.data === undefined) return [];
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (!TIMESTAMP.test(value)) return;
      const field = schemaAt(schema, path);
      if (!field || field.safeParse(new Date(0)).success) return;
      const node = entry.source!.doc.getIn(path, true);
      if (!isScalar(node) || node.type !== 'PLAIN') return;
      problems.push({
        severity: 'fout', file: entry.file, line: lineOf(entry.source!, path), field: fieldName(path),
        message: `de site leest ${value} zonder aanhalingstekens als een datum, maar hier hoort tekst`,
        fix: `zet de waarde tussen aanhalingstekens: "${value}"`,
      });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(entry.data, []);
  return problems;
}
