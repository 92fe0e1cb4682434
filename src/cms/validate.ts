/**
 * The content check's schema rules, run in the CMS before it writes a file. The form's own checks
 * (required, patterns) cover single fields; the schema also knows the rules between fields (a
 * contact needs one of e-mail, website or telephone; an end year not before the start year).
 */
import { z } from 'astro/zod';
import { COLLECTIONS } from '../collections.ts';
import { makeSchemas } from '../schemas/collections.ts';
import { explainIssue } from '../check/messages.ts';

// Relation widgets only offer entries that exist, so any id is accepted here.
const schemas = makeSchemas(() => z.string());

/** The problems npm run check would report for these fields, as "veld — melding — oplossing". */
export function schemaProblems(collection: string, data: Record<string, unknown>): string[] {
  const info = COLLECTIONS.find((c) => c.name === collection);
  if (!info) return [];
  const schema = schemas[info.schema];
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const { message, fix } = explainIssue(issue, schema, data);
    const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p + 1}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    return `${field || 'velden'} — ${message} — ${fix}`;
  });
}

/** An Immutable.js value as Decap keeps entry data; only what pruning needs. */
interface Collection {
  map(fn: (v: unknown) => unknown): Collection;
  filter(fn: (v: unknown) => boolean): Collection;
  isEmpty(): boolean;
}
const isCollection = (v: unknown): v is Collection => typeof v === 'object' && v !== null && typeof (v as Collection).filter === 'function' && 'toJS' in v;

/**
 * Drops what an editor emptied: a cleared text, an object or list with nothing left. Decap writes
 * them as `website: ""` or `periode: {}`, which the schema rightly refuses; left out, they are
 * simply not filled in.
 */
export function prune(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (!isCollection(value)) return value;
  const kept = value.map(prune).filter((v) => v !== undefined);
  return kept.isEmpty() ? undefined : kept;
}

/** An HTML tag outside code, as the content check finds it (escaped `\<` and autolinks excluded). */
const HTML_TAG = /(?<!\\)<\/?([A-Za-z][\w.-]*)(?=[\s/>])[^>]*>/;

/**
 * HTML in the Markdown body, which the content check refuses. The rich-text editor cannot write it,
 * but the Markdown mode of the editor can; same message as `npm run check`.
 */
export function bodyProblems(body: string): string[] {
  const text = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tag = HTML_TAG.exec(text)?.[1];
  if (!tag) return [];
  return /^[A-Z]/.test(tag)
    ? [`tekst — <${tag}> is een component (JSX), en dat werkt alleen in MDX voor ontwikkelaars — verwijder de component en schrijf gewone Markdown, of vraag een ontwikkelaar`]
    : [`tekst — HTML-code (<${tag}>) is niet toegelaten in de tekst — gebruik Markdown: ## voor een kop, **vet**, [linktekst](adres), - voor een lijst`];
}
