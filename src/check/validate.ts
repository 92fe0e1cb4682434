import type { z } from 'astro/zod';
import type { Entry } from './files.ts';
import { explainIssue } from './messages.ts';
import { fieldName, type Problem } from './problem.ts';
import { arrayElement, kind, objectShape, schemaAt } from './shape.ts';
import { lineOf } from './source.ts';
import { didYouMean } from './suggest.ts';

/**
 * Fields the schema does not know. Zod drops them silently, so a typo in an optional field
 * (`bijgwerkt:`) would otherwise lose the value without a word.
 */
function unknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[], out: PropertyKey[][]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const el = arrayElement(schema);
    if (el) value.forEach((v, i) => unknownKeys(el, v, [...path, i], out));
    return;
  }
  if (kind(schema) !== 'object') return;
  const shape = objectShape(schema);
  for (const [k, v] of Object.entries(value)) {
    // Own keys only: `__proto__` or `toString` in the front matter are unknown fields, not the object's.
    if (Object.hasOwn(shape, k)) unknownKeys(shape[k]!, v, [...path, k], out);
    else out.push([...path, k]);
  }
}

/** Every schema problem of one entry, each traced to the line of the field. */
export function validateEntry(entry: Entry, schema: z.ZodType): Problem[] {
  if (!entry.source || entry.data === undefined) return [];
  const src = entry.source;
  const problems: Problem[] = [];
  const data = entry.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [{ severity: 'fout', file: entry.file, line: src.topLine, field: '(front matter)', message: 'de velden bovenaan ontbreken of zijn geen lijst van "veld: waarde"',
      fix: 'schrijf elk veld op een eigen regel als "naam: waarde"' }];
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { message, fix } = explainIssue(issue, schema, data);
      problems.push({ severity: 'fout', file: entry.file, line: lineOf(src, issue.path), field: fieldName(issue.path), message, fix });
    }
  }
  const extra: PropertyKey[][] = [];
  unknownKeys(schema, data, [], extra);
  for (const path of extra) {
    const parent = path.slice(0, -1);
    const parentSchema = schemaAt(schema, parent);
    const allowed = Object.keys(parentSchema ? objectShape(parentSchema) : {});
    const key = String(path.at(-1));
    problems.push({
      severity: 'fout', file: entry.file, line: lineOf(src, path), field: fieldName(path),
      message: `onbekend veld "${key}": de site gebruikt het niet`,
      fix: didYouMean(key, allowed, 'verwijder het veld; de toegelaten velden staan in CONTRIBUTING.md'),
    });
  }
  return problems;
}
