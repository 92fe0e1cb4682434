/** Dutch count phrases: "Geen …", "1 …" and "{n} …". */
export interface CountPhrases {
  geen: string;
  een: string;
  meer: string;
}

/** The phrase for a count, e.g. "3 goede praktijken". */
export function countLabel(n: number, phrases: CountPhrases): string {
  if (n === 0) return phrases.geen;
  if (n === 1) return phrases.een;
  return phrases.meer.replace('{n}', String(n));
}
