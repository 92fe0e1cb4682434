import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = mkdtempSync(join(tmpdir(), 'lastupdated-'));
const git = (date: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: 'ignore',
  });

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('gitLastUpdated', () => {
  it('gives each file the date of the last commit that changed it, and nothing for an untracked file', async () => {
    git('2024-01-01T10:00:00Z', 'init', '-q');
    writeFileSync(join(repo, 'a.md'), 'a');
    writeFileSync(join(repo, 'b é.md'), 'b');
    git('2024-01-01T10:00:00Z', 'add', '-A');
    git('2024-01-01T10:00:00Z', 'commit', '-q', '-m', 'one');
    writeFileSync(join(repo, 'a.md'), 'a2');
    git('2024-03-05T10:00:00Z', 'commit', '-q', '-am', 'two');
    writeFileSync(join(repo, 'c.md'), 'c');

    const cwd = process.cwd();
    process.chdir(repo);
    try {
      const { gitLastUpdated } = await import('@/utils/lastUpdated');
      expect(gitLastUpdated('a.md')?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
      expect(gitLastUpdated(join(repo, 'b é.md'))?.toISOString()).toBe('2024-01-01T10:00:00.000Z');
      expect(gitLastUpdated('c.md')).toBeUndefined();
    } finally {
      process.chdir(cwd);
    }
  });
});
