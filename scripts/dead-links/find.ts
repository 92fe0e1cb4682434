import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

/** One external link that did not answer with a page. */
export interface DeadLink {
  /** The link as written on the page. */
  url: string;
  /** Path of the page of the built site that links to it, e.g. /databank/bondgenoten/. */
  page: string;
  /** HTTP status, or 0 when no answer came (time-out, redirect loop, unknown host). */
  status: number;
  /** What went wrong, in Dutch, for the issue. */
  reden: string;
}

export interface FindOptions {
  /** Milliseconds to wait for one answer. */
  timeout?: number;
  /** Requests at once; external sites should not feel a crawler. */
  concurrency?: number;
}

/** Every message of a failure and its causes, to tell a redirect loop from a time-out. */
function messages(details: LinkResult['failureDetails']): string {
  const out: string[] = [];
  for (const d of details ?? []) {
    let e: unknown = d;
    for (let depth = 0; e && depth < 5; depth++) {
      if (e instanceof Error) {
        out.push(`${e.name} ${e.message}`);
        e = (e as Error & { cause?: unknown }).cause;
      } else break;
    }
  }
  return out.join(' | ');
}

/** Dutch reason for a dead link, from its status or the error behind it. */
export function reason(status: number, details?: LinkResult['failureDetails']): string {
  if (status === 404) return 'pagina niet gevonden (404)';
  if (status === 410) return 'pagina verwijderd (410)';
  if (status >= 500) return `serverfout (${status})`;
  if (status >= 400) return `geweigerd (${status})`;
  const text = messages(details);
  if (/redirect/i.test(text)) return 'te veel doorverwijzingen: de pagina verwijst in een kring door';
  if (/timeout|timed out|aborted/i.test(text)) return 'geen antwoord: de site antwoordde niet op tijd';
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(text)) return 'de domeinnaam bestaat niet (meer)';
  return 'niet bereikbaar';
}

/**
 * Crawls the built site from `siteUrl` with linkinator, follows every page of the site and checks
 * every link that leaves it, and returns the external links that are dead.
 */
export async function findDeadLinks(siteUrl: string, options: FindOptions = {}): Promise<DeadLink[]> {
  const origin = new URL(siteUrl).origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: siteUrl,
    recurse: true,
    timeout: options.timeout ?? 20_000,
    concurrency: options.concurrency ?? 10,
    // mailto: and tel: cannot be checked by a request; they are not web pages.
    linksToSkip: ['^(mailto|tel):'],
  });
  return result.links
    .filter((l) => l.state === LinkState.BROKEN && !l.url.startsWith(origin) && l.parent?.startsWith(origin))
    .map((l) => ({ url: l.url, page: new URL(l.parent!).pathname, status: l.status ?? 0, reden: reason(l.status ?? 0, l.failureDetails) }))
    .sort((a, b) => a.page.localeCompare(b.page) || a.url.localeCompare(b.url));
}
