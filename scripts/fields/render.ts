import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { z } from 'astro/zod';
import { arrayElement, describeAt, enumValues, objectShape, schemaAt, unwrap } from '../../src/check/shape.ts';
import { isCommented, type Example } from './examples.ts';

/** "(verplicht)" or "(optioneel)" and the allowed values, after the schema's description. */
export function fieldNote(schema: z.ZodType, path: PropertyKey[]): string {
  const field = schemaAt(schema, path);
  if (!field) return '';
  const u = unwrap(field);
  const need = u.optional ? 'optioneel' : u.hasDefault ? `optioneel, standaard ${JSON.stringify(u.defaultValue)}` : 'verplicht';
  const values = enumValues(field);
  return `(${need})${values ? ` Toegelaten: ${values.join(', ')}.` : ''}`;
}

/** For a list of groups (tijdlijn, zieOok): what each field of an item means. */
function itemNote(schema: z.ZodType, path: PropertyKey[]): string {
  const field = schemaAt(schema, path);
  const item = field && arrayElement(field);
  if (!item) return '';
  const fields = Object.keys(objectShape(item));
  if (!fields.length) return '';
  return ` Per item: ${fields.map((f) => `${f} = ${(describeAt(item, [f]) ?? '')}${fieldNote(item, [f]).startsWith('(verplicht)') ? '' : ' (optioneel)'}`).join('; ')}.`;
}

const comment = (text: string) => ` ${text}`;

/** YAML for one top-level field, with a Dutch comment above it and above each nested field. */
function renderField(schema: z.ZodType, key: string, value: unknown, commented: boolean): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.key)) return;
      // Path of keys and list indexes from the document root to this pair.
      const keys: PropertyKey[] = [];
      path.forEach((n, i) => {
        if (isPair(n) && isScalar(n.key)) keys.push(String(n.key.value));
        else if (isSeq(n)) keys.push(n.items.indexOf(path[i + 1] as never));
      });
      keys.push(String(pair.key.value));
      // A comment inside a list item would land after its dash; the list's own comment covers the item fields.
      if (keys.some((k) => typeof k === 'number')) return;
      const text = `${describeAt(schema, keys) ?? ''} ${fieldNote(schema, keys)}${itemNote(schema, keys)}`.trim();
      pair.key.commentBefore = comment(text);
    },
  });
  let out = doc.toString({ lineWidth: 0 });
  if (commented) {
    // Everything from the key on gets one "# ", so removing the first "# " of each line restores it.
    const lines = out.trimEnd().split('\n');
    const keyLine = lines.findIndex((l) => !l.startsWith('#'));
    out = [
      ...lines.slice(0, keyLine),
      '# Haal het eerste hekje (#) van de regels hieronder weg om dit te gebruiken.',
      ...lines.slice(keyLine).map((l) => `# ${l}`),
    ].join('\n') + '\n';
  }
  return out;
}

/** The front matter of a new entry: every field of the schema, in schema order, each with its comment. */
export function renderFields(schema: z.ZodType, shape: Record<string, z.ZodType>, values: Record<string, Example>): string {
  const missing = Object.keys(shape).filter((k) => !(k in values));
  if (missing.length) throw new Error(`Geen voorbeeldwaarde voor: ${missing.join(', ')} (scripts/fields/examples.ts)`);
  return Object.keys(shape)
    .map((k) => {
      const v = values[k];
      return isCommented(v) ? renderField(schema, k, v.commented, true) : renderField(schema, k, v, false);
    })
    .join('');
}
