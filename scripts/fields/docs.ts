import { resolve } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { checkContent } from '../../src/check/index.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { buildSchemas } from '../../src/check/schemas.ts';
import { arrayElement, describeAt, enumValues, kind, objectShape, unwrap } from '../../src/check/shape.ts';
import { BROKEN_CASES, CORPUS_TODAY } from '../../tests/fixtures/broken/cases.ts';
import { examples, isCommented, type ExampleContext } from './examples.ts';
import { ENTRY_TYPES, infoOf, typeTitle, type EntryType } from './types.ts';
import { SEED_PAGE } from '../../src/utils/fixedPages.ts';

/**
 * The docs are built from the schemas and the broken-entry corpus (whose taxonomies are a fixed
 * copy), never from the live content, so adding a taxonomy value does not make them stale.
 */
const CORPUS = resolve('tests/fixtures/broken/content');

const DOC_TITLES: Record<EntryType, string> = {
  beleid: 'Lokale aanpak van polarisering',
  project: 'Wij-Zij Netwerk',
  'goede-praktijk': 'Buurtvonken in Eeklo',
  organisatie: 'Vereniging van Vlaamse Steden en Gemeenten',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: unknown) => {
  const text = typeof v === 'string' ? v : stringify(v, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim();
  return `\`${cell(text.length > 70 ? `${text.slice(0, 67)}…` : text)}\``;
};

function need(s: z.ZodType): string {
  const u = unwrap(s);
  if (u.optional) return 'nee';
  if (u.hasDefault) return `nee (standaard ${code(u.defaultValue)})`;
  return '**ja**';
}

function rows(schema: z.ZodType, prefix: string, value: unknown, out: string[]): void {
  for (const [key, field] of Object.entries(objectShape(schema))) {
    const name = `${prefix}${key}`;
    const raw = (value as Record<string, unknown> | undefined)?.[key];
    const v = isCommented(raw) ? raw.commented : raw;
    const item = arrayElement(field);
    const nested = kind(field) === 'object' ? field : item && kind(item) === 'object' ? item : undefined;
    const example = nested ? 'zie hieronder' : v === undefined ? '' : code(v);
    out.push(`| \`${name}\` | ${need(field)} | ${cell(describeAt(schema, [key]) ?? '')} | ${example} |`);
    if (nested) rows(nested, item ? `${name}[].` : `${name}.`, Array.isArray(v) ? v[0] : v, out);
  }
}

/** The field reference of every content type, as Markdown tables. */
export function fieldReference(): string {
  const schemas = buildSchemas(CORPUS, new Map());
  const parts: string[] = [];
  for (const type of Object.keys(ENTRY_TYPES) as EntryType[]) {
    const schema = schemas[infoOf(type).schema];
    const shape = objectShape(schema);
    const ctx: ExampleContext = {
      titel: DOC_TITLES[type], today: '2025-03-14', organisatie: 'vvsg', beleidOuder: SEED_PAGE.id,
      firstTerm: (f) => enumValues(shape[f]!)?.[0] ?? '',
    };
    const out = [
      `### ${typeTitle(type)}`, '',
      `Nieuw bestand: \`npm run new -- ${type} "Titel"\``, '',
      '| Veld | Verplicht | Uitleg | Voorbeeld |', '| --- | --- | --- | --- |',
    ];
    rows(schema, '', examples(type, ctx), out);
    parts.push(out.join('\n'));
  }
  return parts.join('\n\n');
}

/** One real message per mistake from the corpus the tests use, with what it means. */
export function errorReference(): string {
  const result = checkContent(CORPUS, { today: CORPUS_TODAY });
  const all = [...result.errors, ...result.warnings];
  return BROKEN_CASES.map((c) => {
    const p = all.find((x) => x.file === resolve(CORPUS, c.file) && x.line === c.line && x.field === c.field && x.message.includes(c.message));
    if (!p) throw new Error(`Geen melding voor ${c.file}:${c.line} (${c.titel})`);
    const line = formatProblem(p, resolve(CORPUS, '..'));
    return `#### ${c.titel}\n\n\`\`\`text\n${line}\n\`\`\`\n\n${c.uitleg}`;
  }).join('\n\n');
}

/** Marked sections of CONTRIBUTING.md that `npm run docs:fields` rewrites. */
export const SECTIONS = {
  velden: fieldReference,
  meldingen: errorReference,
} as const;

export const begin = (name: string) => `<!-- ${name}:begin (gegenereerd door npm run docs:fields, niet met de hand aanpassen) -->`;
export const end = (name: string) => `<!-- ${name}:end -->`;

/** CONTRIBUTING.md with every marked section replaced by its freshly generated text. */
export function updateMarkedSections(text: string): string {
  let out = text;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const a = out.indexOf(begin(name));
    const b = out.indexOf(end(name));
    if (a < 0 || b < a) throw new Error(`CONTRIBUTING.md mist de markeringen ${begin(name)} … ${end(name)}`);
    out = `${out.slice(0, a + begin(name).length)}\n\n${render()}\n\n${out.slice(b)}`;
  }
  return out;
}
