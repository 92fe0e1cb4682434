import type { createServer as CreateServer, Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import compression from 'compression';
import { parseHeaders, headersFor } from './headers-file.ts';
import { parseRedirects } from './redirects-file.ts';

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Static server used by `npm start`, the e2e tests and the benchmarks alike. */
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
  const notFound = read('404.html');
  const compress = compression({ threshold: 0 });
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });

  const server = opts.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of headersFor(headerRules, path)) res.setHeader(name, value);
    const redirect = redirects.get(path);
    if (redirect) {
      res.writeHead(redirect.status, { Location: redirect.to });
      res.end();
      return;
    }
    compress(req as never, res as never, () => {
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFound);
      });
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
