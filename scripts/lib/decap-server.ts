import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { freePort } from './free-port.ts';

export interface DecapServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real decap-server in git mode (the editorial workflow needs it; the default fs mode has none)
 * on a free loopback port, for the git repository `repo`. Used by `npm run cms` and the CMS tests.
 */
export async function startDecapServer(repo: string, port?: number): Promise<DecapServer> {
  port ??= await freePort();
  const api = `http://127.0.0.1:${port}/api/v1`;
  const child: ChildProcess = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<never>((_, fail) => child.once('exit', (code) => fail(new Error(`decap-server stopte (${code}): ${log}`))));
  // Ready when it answers the CMS's first question; until then the port refuses connections.
  const ready = (async () => {
    for (;;) {
      try {
        const res = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
        if (res.ok) return;
      } catch {
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }
  })();
  await Promise.race([ready, exited]);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill();
      }),
  };
}
