/** More values than any real entry has once YAML aliases are expanded (a fiche has a few hundred). */
const MAX_VALUES = 100_000;

/**
 * What YAML aliases make of the data: a list that contains itself (`a: &a [*a]`), which no page
 * can show, or a "billion laughs" that expands to millions of values and would stall every step
 * after it. Counted without expanding: each distinct list or object once, with its children's sizes.
 */
export function aliasTrouble(data: unknown): 'lus' | 'te-groot' | undefined {
  const size = new Map<object, number>();
  const open = new Set<object>();
  let loop = false;
  const count = (v: unknown): number => {
    if (!v || typeof v !== 'object') return 1;
    const known = size.get(v);
    if (known !== undefined) return known;
    if (open.has(v)) {
      loop = true;
      return 1;
    }
    open.add(v);
    let n = 1;
    for (const child of Object.values(v)) n = Math.min(MAX_VALUES + 1, n + count(child));
    open.delete(v);
    size.set(v, n);
    return n;
  };
  const total = count(data);
  return loop ? 'lus' : total > MAX_VALUES ? 'te-groot' : undefined;
}
