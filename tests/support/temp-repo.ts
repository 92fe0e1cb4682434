import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** A throw-away git repository holding a copy of this project, to run the pull-request tools on real commits. */
export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  dispose: () => void;
}

/**
 * Copies the project's files (tracked and new, not ignored) into a fresh repository with one commit on `main`;
 * node_modules is linked, not copied. Author and committer are fixed so the commits do not depend on the machine.
 */
export function tempRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'pr-repo-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(f, join(dir, f));
    } catch {
      // a tracked file deleted in the working tree: the copy goes without it, like the working tree
    }
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'basis');
  return { dir, git, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
