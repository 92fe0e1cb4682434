import { markdownToMdast } from 'satteri';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import type { Entry } from '../../src/check/files.ts';
import { TERM_FIELDS } from './pageModel.ts';
import { record, strings, type Snapshot } from './snapshot.ts';

/** Fields that steer the site but that no visitor reads as text. */
const HIDDEN = new Set(['draft', 'volgorde', 'ouder', 'projectenInDeKijker', 'inDatabank']);
/** Fields that name organisations or practices by id; a visitor reads their names. */
const ORG_FIELDS = new Set(['eigenaar', 'partners']);

/** A front matter value as the words a visitor reads: labels for taxonomy ids, names for organisation ids. */
function fieldText(s: Snapshot, e: Entry, field: string, value: unknown): string {
  const tax = TERM_FIELDS[e.collection]?.[field];
  if (tax) return strings(value).map((id) => s.taxonomies.get(tax)?.find((t) => t.id === id)?.label ?? id).join(', ');
  if (ORG_FIELDS.has(field)) return strings(value).map((id) => String(record(s.published.get(`organisaties/${id}`)?.data).naam ?? id)).join(', ');
  if (field === 'verwant') return strings(value).map((id) => String(record(s.published.get(`goede-praktijken/${id}`)?.data).titel ?? id)).join(', ');
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? objectText(v) : String(v))).join('; ');
  if (value && typeof value === 'object') return objectText(value);
  return String(value ?? '');
}

const objectText = (o: object): string => Object.entries(o).map(([k, v]) => `${k}: ${typeof v === 'object' && v ? objectText(v) : String(v)}`).join(', ');

function blockText(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map((item) => `• ${toString(item, { includeHtml: false })}`);
  if (node.type === 'table') return node.children.map((row) => row.children.map((c) => toString(c)).join(' | '));
  if (node.type === 'thematicBreak' || node.type === 'definition') return [];
  return [toString(node, { includeHtml: false })];
}

/**
 * The text a visitor reads of an entry, one paragraph per line: the visible fields (taxonomy values and
 * organisations by their names) and the body as plain text, parsed with Sätteri like the site. Used for the
 * before-and-after word diff in the pull-request report, so a reviewer reads words, not Markdown or HTML.
 */
export function visibleText(s: Snapshot, e: Entry): string[] {
  const lines = Object.entries(record(e.data))
    .filter(([field]) => !HIDDEN.has(field))
    .map(([field, value]) => `${field}: ${fieldText(s, e, field, value)}`);
  if (e.body?.trim()) {
    const tree = markdownToMdast(e.body, { features: { frontmatter: false } }) as Root;
    lines.push(...tree.children.flatMap(blockText).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return lines;
}
