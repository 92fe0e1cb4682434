import { PATH_RULES, responseHeaders } from '../headers.ts';

const GLOB = (path: string) => (path.endsWith('/') ? `${path}*` : path);

/**
 * dist/_headers in Cloudflare Pages' syntax, which `npm run serve` reads the same way: the
 * site-wide block, then one block per path rule with only what differs from the block it refines.
 * Every matching block applies; "! Name" first drops the inherited value, so a path gets one CSP
 * and one Cache-Control instead of two joined by a comma.
 */
export function headersFileText(): string {
  const blocks = [`/*\n${responseHeaders('/').map(([k, v]) => `  ${k}: ${v}`).join('\n')}`];
  const rules = [...PATH_RULES].sort((a, b) => a.path.length - b.path.length);
  for (const rule of rules) {
    const parent = new Map(responseHeaders(parentOf(rule.path)));
    const own = new Map(responseHeaders(rule.path));
    const lines: string[] = [];
    for (const [name, value] of parent) if (own.get(name) !== value) lines.push(`  ! ${name}`);
    for (const [name, value] of own) if (parent.get(name) !== value) lines.push(`  ${name}: ${value}`);
    blocks.push(`# ${rule.why}\n${GLOB(rule.path)}\n${lines.join('\n')}`);
  }
  return `# Generated from src/headers.ts at build time; edit that file, not this one.\n\n${blocks.join('\n\n')}\n`;
}

/** The nearest path above: the folder a file or folder sits in ("/" at the top). */
function parentOf(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1) || '/';
}
