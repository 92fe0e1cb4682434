import { request, type RequestListener } from 'node:http';

/**
 * Passes a request on to decap-server unchanged. The dev server of `npm run cms` and the tests serve
 * /api/v1 this way, so the admin page talks only to its own origin (its CSP has no localhost).
 */
export function proxyTo(target: string): RequestListener {
  return (req, res) => {
    const upstream = request(target + req.url, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (e) => {
      res.statusCode = 502;
      res.end(String(e));
    });
    req.pipe(upstream);
  };
}
