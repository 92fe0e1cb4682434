import { BODY_PLACEHOLDERS, PLACEHOLDERS } from '../fields/examples.ts';
import type { Entry } from './files.ts';
import { fieldName, type Problem } from './problem.ts';
import { lineOf } from './source.ts';

const domain = PLACEHOLDERS.domein.replace(/\./g, '\\.');
const PLACEHOLDER_ADDRESS = new RegExp(`(@|//www\\.)${domain}\\b`);
const SENTENCES = new Set<string>(Object.values(PLACEHOLDERS).filter((v) => v !== PLACEHOLDERS.domein));

const isPlaceholder = (v: string) => SENTENCES.has(v.trim()) || PLACEHOLDER_ADDRESS.test(v);

function leaves(value: unknown, path: (string | number)[], out: [(string | number)[], string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
}

/**
 * Example values `npm run new` wrote and nobody replaced. A draft may keep them; a published page
 * may not. Organisations have no draft, so for them it is a warning.
 */
export function leftoverPlaceholders(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    if (!e.source || !e.data || typeof e.data !== 'object') continue;
    const data = e.data as Record<string, unknown>;
    if (data.draft === true) continue;
    const severity = e.collection === 'organisaties' ? 'waarschuwing' : 'fout';
    const fix = e.collection === 'organisaties' ? 'vervang de voorbeeldwaarde door de echte gegevens' : 'vervang de voorbeeldwaarde, of zet draft: true zolang de pagina niet klaar is';
    const found: [(string | number)[], string][] = [];
    leaves(data, [], found);
    for (const [path, value] of found.filter(([, v]) => isPlaceholder(v))) {
      problems.push({ severity, file: e.file, line: lineOf(e.source, path), field: fieldName(path), message: `"${value.length > 50 ? `${value.slice(0, 47)}…` : value}" is een voorbeeldwaarde van npm run new`, fix });
    }
    (e.body ?? '').split('\n').forEach((line, i) => {
      if (BODY_PLACEHOLDERS.includes(line.trim())) {
        problems.push({ severity, file: e.file, line: e.bodyLine! + i, field: 'tekst', message: `"${line.trim()}" is een voorbeeldtekst van npm run new`, fix });
      }
    });
  }
  return problems;
}
