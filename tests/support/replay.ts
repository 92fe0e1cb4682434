import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';
import type { Frame, Page } from 'playwright-core';

export interface ReplayServer {
  url: string;
  /** Where the WACZ is served, as ReplayWeb.page's `source`. */
  source: string;
  close(): Promise<void>;
}

/**
 * Answers byte ranges of one file, suffix ranges (`bytes=-65558`) included: ReplayWeb.page reads
 * a WACZ's zip directory from its end that way, and sirv treats such a range as `0-65558`.
 */
function sendRanges(body: Buffer, req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', 'application/wacz');
  const m = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let end = body.length - 1;
  if (m && (m[1] || m[2])) {
    start = m[1] ? Number(m[1]) : Math.max(0, body.length - Number(m[2]));
    end = m[1] && m[2] ? Math.min(Number(m[2]), body.length - 1) : body.length - 1;
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${body.length}`);
  }
  res.setHeader('Content-Length', end - start + 1);
  res.end(req.method === 'HEAD' ? undefined : body.subarray(start, end + 1));
}

/** ReplayWeb.page's own files (the `replaywebpage` package) and one WACZ, on a free loopback port. */
export async function serveReplay(wacz: string): Promise<ReplayServer> {
  const app = sirv('node_modules/replaywebpage', { dev: false });
  const body = readFileSync(wacz);
  const server = createServer((req, res) => {
    if (req.url === '/archief.wacz') return sendRanges(body, req, res);
    app(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { url, source: `${url}/archief.wacz`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The frame in which ReplayWeb.page shows the archived page (its URL holds `mp_/<archived URL>`). */
export function archivedFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().includes('mp_/'));
}

/** The archived URL a replay frame shows. */
export function archivedUrl(frame: Frame): string {
  return frame.url().replace(/^.*?mp_\//, '');
}

/** Opens an archived URL in ReplayWeb.page and waits until the archived page has loaded. */
export async function openArchived(page: Page, server: ReplayServer, url: string): Promise<Frame> {
  const shown = page.waitForEvent('framenavigated', { predicate: (f) => f.url().includes('mp_/'), timeout: 90_000 });
  await page.goto(`${server.url}/?source=${encodeURIComponent(server.source)}#view=replay&url=${encodeURIComponent(url)}`);
  const frame = await shown;
  await frame.waitForLoadState('load');
  return frame;
}
