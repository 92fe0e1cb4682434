/** "Fiches 21 tot 40 van 1.000": which part of the whole list a page shows, with Dutch thousands separators. */
export function rangeLabel(slice: { first: number; last: number; total: number }, template: string): string {
  const n = (x: number) => x.toLocaleString('nl-BE');
  return template.replace('{van}', n(slice.first)).replace('{tot}', n(slice.last)).replace('{totaal}', n(slice.total));
}
