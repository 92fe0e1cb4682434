import { afterAll, describe, expect, it } from 'vitest';
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
