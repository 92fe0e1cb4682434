/** Groups items under their first letter (accents folded, digits under "#"), letters in order. */
export function groupByLetter<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => key(a).localeCompare(key(b), 'nl', { sensitivity: 'base' }));
  for (const item of sorted) {
    const first = key(item).normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)));
}
