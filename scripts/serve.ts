// Serves dist/ on 127.0.0.1 the way the generated nginx configuration does: the precompressed
// .br/.gz files, the headers from dist/_headers, the redirects from dist/_redirects, the 404 page.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { startServer } from './lib/static-server.ts';

const dir = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const server = await startServer({ dir, port, host: '127.0.0.1', createServer });
console.log(`Site draait op ${server.url} (map ${dir}). Stop met Ctrl+C.`);
