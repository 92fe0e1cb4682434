// npm run serve:nginx: dist/ served by Debian's nginx with the generated configuration, exactly as
// the tests run it (foreground, no systemd), on 127.0.0.1:4322 or PORT. Stop with Ctrl+C.
import { resolve } from 'node:path';
import { startNginx } from './lib/nginx-server.ts';

const dir = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const server = await startNginx({ dir, port: Number(process.env.PORT ?? 4322) });
console.log(`Site draait in nginx op ${server.url} (map ${dir}). Stop met Ctrl+C.`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
