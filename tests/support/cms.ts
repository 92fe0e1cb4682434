import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { proxyTo } from '../../src/cms/proxy.ts';
export { startDecapServer, type DecapServer } from '../../scripts/lib/decap-server.ts';

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

/** The built site like `npm start` serves it (headers file included), with /api/v1 going to decap-server. */
export async function serveSiteWithCmsApi(api: string, dir = 'dist'): Promise<StaticServer & { apiBusy(): number }> {
  const proxy = proxyTo(api);
  // decap-server answers once its git work is done, so no call in flight means the repository is at rest.
  let busy = 0;
  const counted: RequestListener = (req, res) => {
    busy++;
    res.once('close', () => busy--);
    proxy(req, res);
  };
  const server = await startServer({
    dir,
    createServer: ((site: RequestListener) =>
      createServer((req, res) => (req.url?.startsWith('/api/v1') ? counted(req, res) : site(req, res)))) as typeof createServer,
  });
  return Object.assign(server, { apiBusy: () => busy });
}

export const removeRepo = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A checkout of `ref` of the repository beside it, to run the content check on what a branch holds. */
export function checkout(repo: string, ref: string): string {
  // Inside the repository's folder, so removing the repository removes the checkouts too.
  const dir = mkdtempSync(join(repo, '.git', 'checkout-'));
  git(repo, 'worktree', 'add', '--quiet', '--detach', dir, ref);
  return dir;
}
