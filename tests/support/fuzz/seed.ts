import { Document, isCollection, parse, visit } from 'yaml';
import type { z } from 'astro/zod';
import { schemaAt, unwrap } from '../../../src/check/shape.ts';
import type { BaseEntry } from './base.ts';

/** One generated content file, and what the check must say about it. */
export interface FuzzCase {
  /** Mutation kind, in plain words. */
  kind: string;
  /** The real entry it started from (path under the content root); the case replaces that file. */
  seed: string;
  /** Path of the generated file under the content root (another name for file-name mutations). */
  file: string;
  text: string;
  /** True when the check must reject it; false when either verdict can be right. */
  invalid: boolean;
}

export type Data = Record<string, unknown>;
export type Path = (string | number)[];

/** A seed split into what the mutations work on. */
export interface Seed {
  entry: BaseEntry;
  markdown: boolean;
  /** Front matter as the check reads it (YAML core schema). */
  data: Data;
  /** Front matter text exactly as in the file. */
  yaml: string;
  body: string;
  schema: z.ZodType;
}

export function parseSeed(entry: BaseEntry, schema: z.ZodType): Seed {
  const markdown = entry.file.endsWith('.md');
  const m = markdown ? /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(entry.text) : undefined;
  if (markdown && !m) throw new Error(`${entry.file}: no front matter`);
  const yaml = markdown ? m![1]! : entry.text;
  return { entry, markdown, data: parse(yaml, { schema: 'core' }) as Data, yaml, body: markdown ? m![2]! : '', schema };
}

// ---------------------------------------------------------------------------------------------
// Writing files

/** What a notation can vary without changing the data (written with `yaml`, the check's own reader). */
export interface Notation {
  /** Depth from which lists and objects are written on one line (`[a, b]`, `{ a: 1 }`); -1: never. */
  flowLevel: number;
  quotingType: '"' | "'";
  /** Every text value quoted, not only those that need it. */
  forceQuotes: boolean;
  indent: number;
  /** Where long text is folded over lines; -1: never. */
  lineWidth: number;
}

const PLAIN: Notation = { flowLevel: -1, quotingType: '"', forceQuotes: false, indent: 2, lineWidth: -1 };

export function yamlText(data: unknown, n: Notation = PLAIN): string {
  // Repeated objects are written out in full, never as an anchor and alias.
  const doc = new Document(data, { schema: 'core', aliasDuplicateObjects: false });
  if (n.flowLevel >= 0) {
    visit(doc, (_, node, path) => {
      if (isCollection(node) && path.filter(isCollection).length >= n.flowLevel) node.flow = true;
    });
  }
  return doc.toString({
    indent: n.indent,
    lineWidth: n.lineWidth < 0 ? 0 : n.lineWidth,
    singleQuote: n.quotingType === "'",
    defaultStringType: n.forceQuotes ? (n.quotingType === "'" ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE') : 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
}

export const fileText = (seed: Seed, yaml: string, body = seed.body): string =>
  seed.markdown ? `---\n${yaml.replace(/\n$/, '')}\n---\n${body}` : yaml;

export const compose = (seed: Seed, data: unknown, body?: string) => fileText(seed, yamlText(data), body);

export const clone = <T>(v: T): T => structuredClone(v);

export function setAt(data: Data, path: Path, value: unknown): Data {
  const out = clone(data);
  let node: Record<string | number, unknown> = out;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return out;
}

/** Every field path of the data (objects' keys, list items), with its value. */
export function paths(value: unknown, path: Path = [], out: [Path, unknown][] = []): [Path, unknown][] {
  if (path.length) out.push([path, value]);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}

export const classOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v);

/** True when the schema demands the field (neither optional nor with a default). */
export function required(schema: z.ZodType, path: Path): boolean {
  if (typeof path.at(-1) === 'number') return false;
  const s = schemaAt(schema, path);
  if (!s) return false;
  const u = unwrap(s);
  return !u.optional && !u.hasDefault;
}

// Length limits of the schemas' strings, by field name (src/schemas/collections.ts).
export const MIN: Record<string, number> = {
  titel: 3, samenvatting: 20, naam: 2, 'inDeKijker.kop': 3, 'inDeKijker.tekst': 20, 'tijdlijn.titel': 3, 'tijdlijn.tekst': 10,
  leerpunten: 10, sleutelwoorden: 2, gemeenten: 2, aanbod: 3, 'zieOok.titel': 3,
};
export const MAX: Record<string, number> = { titel: 120, samenvatting: 320 };
export const URL_FIELDS = new Set(['website', 'bron', 'url']);
export const DATE_FIELDS = new Set(['bijgewerkt', 'contactGecontroleerd', 'datum']);
export const NUMBER_RANGES: Record<string, [number, number]> = { start: [1990, 2100], einde: [1990, 2100], volgorde: [0, Infinity], plaats: [1, Infinity] };
/** Markdown fields other than the body. */
export const MARKDOWN_FIELDS = new Set(['inDeKijker.tekst']);

/** Control characters no text field may hold (tab, line feed and carriage return are fine). */
export const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

export const fieldKey = (path: Path) => String([...path].reverse().find((p) => typeof p === 'string'));
export const dotted = (path: Path) => path.filter((p) => typeof p === 'string').join('.');
