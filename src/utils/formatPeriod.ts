/** "2021-2024", or "sinds 2019" while a period still runs. */
export function formatPeriod(p: { start: number; einde?: number | undefined }, sinds = 'sinds'): string {
  if (p.einde === undefined) return `${sinds} ${p.start}`;
  return p.einde === p.start ? String(p.start) : `${p.start}-${p.einde}`;
}
