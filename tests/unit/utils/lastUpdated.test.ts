import { afterAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitLastUpdated } from '@/utils/lastUpdated';

const outside = mkdtempSync(join(tmpdir(), 'last-updated-'));
const untracked = join('content', `.nog-niet-gecommit-${process.pid}.md`);
afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
  rmSync(untracked, { force: true });
});

describe('"Laatst bijgewerkt op" from the git history', () => {
  it('gives the date of the last commit that touched a content file', () => {
    const file = 'content/taxonomie/thema.yaml';
    const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    expect(gitLastUpdated(file)?.toISOString()).toBe(new Date(expected).toISOString());
  });

  it('gives nothing for a file without history, so the page falls back to the front matter date', () => {
    writeFileSync(untracked, '---\ntitel: Nieuw\n---\n');
    expect(gitLastUpdated(untracked)).toBeUndefined();
  });

  it('gives nothing outside a git checkout (an unpacked archive), so the front matter date is used', () => {
    const file = join(outside, 'pagina.md');
    writeFileSync(file, 'tekst');
    const cwd = process.cwd();
    process.chdir(outside);
    try {
      expect(gitLastUpdated(file)).toBeUndefined();
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('"Laatst bijgewerkt op" for many files at once', () => {
  // One `git log` for the whole history replaced one git process per page (11 ms a page).
  it('gives each file the date of its own last commit, also for names with spaces and accents', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'last-updated-repo-'));
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: 'ignore',
      });
    const cwd = process.cwd();
    try {
      git('2024-01-01T10:00:00Z', 'init', '-q');
      writeFileSync(join(repo, 'a.md'), 'a');
      writeFileSync(join(repo, 'b é.md'), 'b');
      git('2024-01-01T10:00:00Z', 'add', '-A');
      git('2024-01-01T10:00:00Z', 'commit', '-q', '-m', 'one');
      writeFileSync(join(repo, 'a.md'), 'a2');
      git('2024-03-05T10:00:00Z', 'commit', '-q', '-am', 'two');
      process.chdir(repo);
      vi.resetModules(); // the history is read once per build; start from a fresh module here
      const fresh = await import('@/utils/lastUpdated');
      expect(fresh.gitLastUpdated('a.md')?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
      expect(fresh.gitLastUpdated(join(repo, 'b é.md'))?.toISOString()).toBe('2024-01-01T10:00:00.000Z');
    } finally {
      process.chdir(cwd);
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
