/** Parses a _redirects file: "from to [status]" per line. */
export function parseRedirects(text: string): Map<string, { to: string; status: number }> {
  const map = new Map<string, { to: string; status: number }>();
  for (const line of text.split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || !to || from.startsWith('#')) continue;
    map.set(from, { to, status: Number(status ?? 301) });
  }
  return map;
}
