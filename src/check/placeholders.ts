import type { Entry } from './files.ts';
import { fieldName, type Problem } from './problem.ts';
import { lineOf } from './source.ts';

/**
 * Texts only `npm run new` writes. The check refuses to publish an entry that still contains one,
 * so a forgotten placeholder never reaches visitors.
 */
export const PLACEHOLDERS = {
  samenvatting: 'Vervang deze zin door een samenvatting van één of twee zinnen.',
  aanbod: 'Wat het project aan lokale besturen biedt',
  leerpunt: 'Waar moet wie de praktijk overneemt op letten?',
  mijlpaal: 'Eén of twee zinnen over wat er toen gebeurde.',
  kaart: 'Twee of drie zinnen voor de kaart, met eventueel een [link](https://www.organisatie.be/).',
  telefoon: '+32 2 123 45 67',
  /** Example domain of every placeholder address and web page. */
  domein: 'organisatie.be',
} as const;

/** Lines of the scaffolded bodies that only make sense as instructions. */
export const BODY_PLACEHOLDERS = [
  'Schrijf hier de tekst van de pagina. Gebruik ## voor tussentitels.',
  'Beschrijf het project.', 'Beschrijf het aanbod.', 'Beschrijf de doelgroep.',
  'Beschrijf de praktijk.', 'Beschrijf de aanpak in stappen.', 'Beschrijf de resultaten.',
];

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
