/** Where a practice runs, as one line: "Mechelen, Lier (Antwerpen)" or just the province labels. */
export function placeLabel(gemeenten: readonly string[], provincies: readonly string[]): string {
  const regions = provincies.join(', ');
  if (gemeenten.length === 0) return regions;
  return regions ? `${gemeenten.join(', ')} (${regions})` : gemeenten.join(', ');
}
