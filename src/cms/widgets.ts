import { z } from 'astro/zod';
import type { CollectionName } from '../collections.ts';
import { loadTaxonomy, type TaxonomyName } from '../schemas/taxonomies.ts';
import { arrayElement, objectShape, unwrap } from '../check/shape.ts';

/** One field of a Decap CMS collection, as written to config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  [option: string]: unknown;
}

/** How the collections are stored, so a relation widget knows what to search and show. */
export const RELATION_DISPLAY: Record<CollectionName, { search: string[]; display: string }> = {
  organisaties: { search: ['naam', 'afkorting'], display: 'naam' },
  beleid: { search: ['titel'], display: 'titel' },
  projecten: { search: ['titel'], display: 'titel' },
  'goede-praktijken': { search: ['titel', 'samenvatting'], display: 'titel' },
};

/**
 * Labels a field name cannot spell by itself (an apostrophe, a word the camelCase hides). Every
 * other label is the field name in words: `contactGecontroleerd` → "Contact gecontroleerd", so a new
 * schema field gets a Dutch label without a change here.
 */
const LABELS: Record<string, string> = {
  themas: 'Thema’s',
  url: 'Webadres',
  email: 'E-mailadres',
  bron: 'Bronnen',
  draft: 'Concept (niet publiceren)',
  ouder: 'Bovenliggende pagina',
};

/** One item of a list, for "Voeg … toe" and the item's label; the list's own label when not known. */
const ITEM_LABELS: Record<string, string> = {
  bron: 'bron',
  leerpunten: 'leerpunt',
  sleutelwoorden: 'sleutelwoord',
  gemeenten: 'gemeente',
  aanbod: 'punt',
  tijdlijn: 'mijlpaal',
  zieOok: 'link',
};
const itemLabel = (name: string) => ITEM_LABELS[name] ?? fieldLabel(name).toLowerCase();

export function fieldLabel(name: string): string {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; pattern?: RegExp; format?: string; error?: unknown } } }[];
  options?: z.ZodType[];
  entries?: Record<string, string>;
}
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
/** The definition object, shared by a schema and its `.describe()`/`.optional()` clones. */
export const defKey = (s: z.ZodType): object => def(s);

const checks = (s: z.ZodType) => (def(s).checks ?? []).map((c) => c._zod.def);
const limit = (s: z.ZodType, check: string) => checks(s).find((c) => c.check === check);

/** Where a field's schema came from that its Zod type alone does not tell. */
export interface Context {
  /** Reference fields by schema definition: ref('organisaties') and friends. */
  refs: WeakMap<object, CollectionName>;
  /** Taxonomy of each enum, by its values. */
  taxonomyOf: (values: string[]) => TaxonomyName | undefined;
}

/** A Decap `pattern`: the same rule the schema applies, with the Dutch message an editor sees. */
type Pattern = [string, string];

const URL_PATTERN: Pattern = ['^https?://[^\\s/$.?#][^\\s]*$', 'Geen geldig webadres: begin met https://, bv. https://www.organisatie.be/'];
const EMAIL_PATTERN: Pattern = ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'Geen geldig e-mailadres, bv. info@organisatie.be'];

function lengthPattern(s: z.ZodType): Pattern | undefined {
  const min = limit(s, 'min_length')?.minimum;
  const max = limit(s, 'max_length')?.maximum;
  if (min === undefined && max === undefined) return undefined;
  const message =
    max === undefined ? `Schrijf minstens ${min} tekens` : `Schrijf ${min ?? 0} tot ${max} tekens`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

function regexPattern(s: z.ZodType): Pattern | undefined {
  const c = checks(s).find((d) => d.check === 'string_format' && d.format === 'regex');
  if (!c?.pattern) return undefined;
  const message = typeof c.error === 'function' ? String((c.error as () => unknown)()) : 'Ongeldige waarde';
  return [c.pattern.source, message.charAt(0).toUpperCase() + message.slice(1)];
}

const isDate = (s: z.ZodType) => {
  const d = def(s);
  return d.type === 'union' && (d.options ?? []).some((o) => def(o).type === 'date');
};

/** Longer texts get a text area; the schema's minimum or maximum says which texts are long. */
const isLongText = (s: z.ZodType) => (limit(s, 'max_length')?.maximum ?? 0) > 150 || (limit(s, 'min_length')?.minimum ?? 0) >= 10;

function options(values: string[], taxonomy: TaxonomyName | undefined) {
  const labels = new Map(taxonomy ? loadTaxonomy(taxonomy).map((t) => [t.id, t.label]) : []);
  return values.map((value) => ({ label: labels.get(value) ?? value, value }));
}

/** A field's widget and its options, without name, label, hint and required. */
type Widget = { widget: string } & Record<string, unknown>;

function widgetFor(path: string, s: z.ZodType, ctx: Context): Widget {
  const optional = unwrap(s).optional;
  const inner = unwrap(s).schema;
  const d = def(inner);
  const ref = ctx.refs.get(defKey(inner));
  if (ref) {
    const { search, display } = RELATION_DISPLAY[ref];
    return { widget: 'relation', collection: ref, value_field: '{{slug}}', search_fields: search, display_fields: [display], options_length: 500 };
  }
  if (isDate(inner)) {
    // Stored as the text JJJJ-MM-DD, in UTC so no time zone shifts the day.
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false, picker_utc: true };
  }
  switch (d.type) {
    case 'string': {
      if (d.format === 'url') return { widget: 'string', pattern: URL_PATTERN };
      if (d.format === 'email') return { widget: 'string', pattern: EMAIL_PATTERN };
      const pattern = regexPattern(inner) ?? lengthPattern(inner);
      return { widget: isLongText(inner) ? 'text' : 'string', ...(pattern && { pattern }) };
    }
    case 'number': {
      const min = limit(inner, 'greater_than')?.minimum ?? (inner as unknown as { minValue?: number }).minValue;
      const max = (inner as unknown as { maxValue?: number }).maxValue;
      const int = (inner as unknown as { isInt?: boolean }).isInt;
      return {
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(Number.isSafeInteger(min) && min !== Number.MIN_SAFE_INTEGER && { min }),
        ...(Number.isSafeInteger(max) && max !== Number.MAX_SAFE_INTEGER && { max }),
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum': {
      const values = Object.values(d.entries ?? {});
      return { widget: 'select', options: options(values, ctx.taxonomyOf(values)) };
    }
    case 'object':
      return { widget: 'object', collapsed: false, fields: fieldsOf(path, inner, ctx, optional ? fieldLabel(path.split('.').pop()!) : undefined) };
    case 'array': {
      const item = arrayElement(inner)!;
      const min = limit(inner, 'min_length')?.minimum;
      const itemWidget = widgetFor(`${path}[]`, item, ctx);
      // A list of relations or taxonomy values is one multi-select, not a list of selects.
      if (itemWidget.widget === 'relation' || itemWidget.widget === 'select') {
        return { ...itemWidget, multiple: true, ...(min && { min }) };
      }
      const name = path.split('.').pop()!;
      const base = { widget: 'list', label_singular: itemLabel(name), collapsed: false, ...(min && { min }) };
      if (itemWidget.widget === 'object') return { ...base, fields: itemWidget.fields, summary: summaryOf(itemWidget.fields as CmsField[]) };
      const one = itemLabel(name);
      return { ...base, field: { name: 'item', label: one.charAt(0).toUpperCase() + one.slice(1), required: true, ...itemWidget } };
    }
    default:
      throw new Error(`Geen CMS-widget voor veld "${path}" (Zod-type ${d.type}): voeg het type toe in src/cms/widgets.ts`);
  }
}

const summaryOf = (fields: CmsField[]) => fields.slice(0, 2).map((f) => `{{fields.${f.name}}}`).join(' — ');

/**
 * One form field per schema field, in schema order, with label, hint and whether it is required.
 * Inside an optional group (`optionalGroup`, e.g. "Periode") nothing is required by the form: Decap
 * would otherwise demand the group's fields even when the editor leaves the whole group out. The
 * schema, run before saving (src/cms/validate.ts), still demands them once the group is filled in.
 */
export function fieldsOf(path: string, schema: z.ZodType, ctx: Context, optionalGroup?: string): CmsField[] {
  return Object.entries(objectShape(schema)).map(([name, field]) => {
    const u = unwrap(field);
    const full = path ? `${path}.${name}` : name;
    const widget: Widget = widgetFor(full, field, ctx);
    const required = !u.optional && !u.hasDefault;
    const hint = [u.description, optionalGroup && required && `verplicht als u iets invult bij ${optionalGroup.toLowerCase()}`].filter(Boolean).join('; ');
    return {
      name,
      label: fieldLabel(name),
      ...(hint && { hint }),
      required: required && !optionalGroup,
      ...(u.hasDefault && !(Array.isArray(u.defaultValue) && u.defaultValue.length === 0) && { default: u.defaultValue }),
      ...widget,
    } satisfies CmsField;
  });
}
