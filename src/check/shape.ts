import type { z } from 'astro/zod';

/** The part of Zod 4's internal definition the check, the scaffolder and the docs read. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  defaultValue?: unknown;
}

const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** What a schema means once optional/default/transform wrappers are peeled off. */
export interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  /** `.describe()` text of the outermost schema that has one. */
  description?: string;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'pipe']);

export function unwrap(schema: z.ZodType): Unwrapped {
  let s = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let description = s.description;
  while (WRAPPERS.has(def(s).type)) {
    const d = def(s);
    if (d.type === 'optional') optional = true;
    if (d.type === 'default' || d.type === 'prefault') {
      hasDefault = true;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    }
    s = (d.type === 'pipe' ? d.in : d.innerType) as z.ZodType;
    description ??= s.description;
  }
  return { schema: s, optional, hasDefault, defaultValue, description };
}

/** Zod type name of the unwrapped schema: object, array, string, enum, union, … */
export const kind = (s: z.ZodType): string => def(unwrap(s).schema).type;

/** Fields of an object schema, in declaration order; empty for anything else. */
export function objectShape(s: z.ZodType): Record<string, z.ZodType> {
  const d = def(unwrap(s).schema);
  return d.type === 'object' ? (d.shape ?? {}) : {};
}

/** Item schema of an array schema. */
export function arrayElement(s: z.ZodType): z.ZodType | undefined {
  const d = def(unwrap(s).schema);
  return d.type === 'array' ? d.element : undefined;
}

/** Allowed values of an enum schema (a taxonomy), or of an array of them. */
export function enumValues(s: z.ZodType): string[] | undefined {
  const inner = arrayElement(s) ?? s;
  const d = def(unwrap(inner).schema);
  return d.type === 'enum' ? Object.values(d.entries ?? {}) : undefined;
}

/** The schema at a path of object keys and array indexes, if the path exists in the schema. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    if (typeof seg === 'number') {
      s = arrayElement(s);
      continue;
    }
    // Own keys only: a `__proto__` or `toString` field names no schema.
    const shape: Record<string, z.ZodType> = objectShape(s);
    s = Object.hasOwn(shape, String(seg)) ? shape[String(seg)] : undefined;
  }
  return s;
}

/** Nearest `.describe()` text along a path: the field's own, else its list's or object's. */
export function describeAt(root: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  for (let n = path.length; n > 0; n--) {
    const s = schemaAt(root, path.slice(0, n));
    const text = s && unwrap(s).description;
    if (text) return text;
  }
  return undefined;
}
