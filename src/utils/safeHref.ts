/** Schemes a link or image on the site may use; relative addresses resolve to https. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The scheme of an address as a browser reads it, or undefined when it is a safe one. The WHATWG
 * URL parser drops tabs and line breaks and leading control characters, so `java&#x09;script:`
 * and ` javascript:` are `javascript:` to a browser; parsing the same way catches them.
 */
export function unsafeScheme(href: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(href, 'https://example.invalid/').protocol;
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.has(protocol) ? undefined : protocol;
}
