import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX_BINARY, nginxConfig } from '../../src/hosting/nginxConfig.ts';
import { redirects } from '../../src/redirects.ts';
import { freePort } from './free-port.ts';

export interface NginxServer {
  url: string;
  /** The nginx.conf it runs, as generated. */
  config: string;
  close(): Promise<void>;
}

/**
 * Runs Debian's nginx in the foreground with the generated configuration over a built site, the
 * way a server of one's own would run it without systemd:
 *   nginx -p <state folder> -c nginx.conf -e stderr -g 'daemon off;'
 * Resolves once nginx answers, rejects with nginx's own message when it does not start.
 */
export async function startNginx(opts: { dir?: string; port?: number; host?: string } = {}): Promise<NginxServer> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? (await freePort(host));
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  // Started as root, nginx's workers would run as "nobody", who may not read a checkout under /root.
  const user = process.getuid?.() === 0 ? 'root' : undefined;
  const config = nginxConfig({ listen: `${host}:${port}`, root: resolve(opts.dir ?? 'dist'), redirects, workers: 1, user });
  writeFileSync(join(prefix, 'nginx.conf'), config);
  const child = spawn(NGINX_BINARY, ['-p', prefix, '-c', 'nginx.conf', '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((ok) => child.on('exit', ok));
  // Never leave an nginx behind when the process that started it ends without calling close().
  const orphanGuard = () => child.kill('SIGQUIT');
  process.once('exit', orphanGuard);
  const url = `http://${host}:${port}`;
  const close = async () => {
    process.off('exit', orphanGuard);
    if (child.exitCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  // Ready is when it answers; until then a refused connection means "not yet", an exit means "never".
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) {
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx start niet (${NGINX_BINARY}):\n${stderr}`);
    }
    try {
      await fetch(`${url}/`, { method: 'HEAD' });
      return { url, config, close };
    } catch {
      await new Promise((ok) => setTimeout(ok, 25)); // not listening yet: ask again shortly
    }
  }
}
