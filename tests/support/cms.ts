import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type RequestListener } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Runs git in a repository and returns its trimmed output. */
export const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' } }).trim();

/** A fresh git repository on branch main with a copy of the real content/, as the site's repository has it. */
export function contentRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cms-repo-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('public', join(dir, 'public'), { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'Redactie');
  git(dir, 'config', 'user.email', 'redactie@example.org');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'Inhoud');
  return dir;
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

export interface DecapServer {
  url: string;
  close(): Promise<void>;
}

/** The real decap-server in git mode (the editorial workflow needs it) on a free port, for `repo`. */
export async function startDecapServer(repo: string): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
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
        const res = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
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

/** Passes a request on to decap-server unchanged: what the dev server of `npm run cms` does at /api/v1. */
function proxyTo(target: string): RequestListener {
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

/** The built site like `npm start` serves it (headers file included), with /api/v1 going to decap-server. */
export function serveSiteWithCmsApi(api: string, dir = 'dist'): Promise<StaticServer> {
  const proxy = proxyTo(api);
  return startServer({
    dir,
    createServer: ((site: RequestListener) =>
      createServer((req, res) => (req.url?.startsWith('/api/v1') ? proxy(req, res) : site(req, res)))) as typeof createServer,
  });
}

export const removeRepo = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A checkout of `ref` of the repository beside it, to run the content check on what a branch holds. */
export function checkout(repo: string, ref: string): string {
  // Inside the repository's folder, so removing the repository removes the checkouts too.
  const dir = mkdtempSync(join(repo, '.git', 'checkout-'));
  git(repo, 'worktree', 'add', '--quiet', '--detach', dir, ref);
  return dir;
}
