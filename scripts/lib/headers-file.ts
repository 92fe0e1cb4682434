/** One block of a Netlify/Cloudflare style _headers file: a path pattern and its headers (null: dropped). */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string | null][];
}

/** Parses _headers: an unindented path line, then indented "Name: value" or "! Name" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const drop = /^\s*!\s*(\S+)\s*$/.exec(line);
    const i = line.indexOf(':');
    if (rule && drop) rule.headers.push([drop[1]!, null]);
    else if (rule && i > 0) rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}

/**
 * Headers that apply to a path, as Cloudflare Pages applies them: every matching rule in order,
 * a later value replacing an earlier one of the same name, "! Name" dropping it.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [k, v] of rule.headers) {
      if (v === null) out.delete(k);
      else out.set(k, v);
    }
  }
  return out;
}
