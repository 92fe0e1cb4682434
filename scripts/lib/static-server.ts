import type { createServer as CreateServer, IncomingMessage, Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { contentType } from '../../src/headers.ts';
import { parseHeaders, headersFor } from './headers-file.ts';
import { parseRedirects } from './redirects-file.ts';

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The precompressed variant of a file a client accepts, as nginx picks it: Brotli, then gzip. */
function encodingFor(req: IncomingMessage, file: string): { suffix: string; encoding?: string } {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) return { suffix: '.br', encoding: 'br' };
  if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) return { suffix: '.gz', encoding: 'gzip' };
  return { suffix: '' };
}

/**
 * Static server used by `npm start`, the e2e tests and the benchmarks alike. It sends what the
 * generated nginx configuration sends: the headers of dist/_headers, the redirects of
 * dist/_redirects, the precompressed .br/.gz files (nothing is compressed per request), a 301 to
 * a folder's trailing slash, and the Dutch 404 page with status 404.
 */
export async function startServer(opts: {
  dir: string;
  port?: number;
  host?: string;
  createServer: typeof CreateServer;
}): Promise<StaticServer> {
  const { dir, host = '127.0.0.1' } = opts;
  const read = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '');
  const headerRules = parseHeaders(read('_headers'));
  const redirects = parseRedirects(read('_redirects'));
  const files = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true, extensions: [] });

  const server = opts.createServer((req, res) => {
    const raw = new URL(req.url ?? '/', 'http://x').pathname;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const setHeaders = (forPath: string) => {
      for (const [name, value] of headersFor(headerRules, forPath)) res.setHeader(name, value);
    };
    setHeaders(path);
    const redirect = redirects.get(path);
    const isFolder = !path.endsWith('/') && existsSync(join(dir, path, 'index.html'));
    if (redirect || isFolder) {
      res.writeHead(redirect?.status ?? 301, { Location: redirect?.to ?? `${path}/` });
      res.end();
      return;
    }
    res.setHeader('Content-Type', contentType(path));
    if (raw.endsWith('/')) req.url = `${raw}index.html`;
    files(req, res, () => {
      const page = join(dir, '404.html');
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      setHeaders('/404.html');
      if (!existsSync(page)) {
        res.writeHead(404).end();
        return;
      }
      const { suffix, encoding } = encodingFor(req, page);
      res.writeHead(404, {
        'Content-Type': contentType('/404.html'),
        'Content-Length': statSync(page + suffix).size,
        Vary: 'Accept-Encoding',
        ...(encoding && { 'Content-Encoding': encoding }),
      });
      res.end(readFileSync(page + suffix));
    });
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, host, ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
