import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One file of a change, as git sees it between the base and the working tree. */
export interface ChangedFile {
  /** A added, M modified, D deleted, R renamed (then `from` is the old path). */
  status: 'A' | 'M' | 'D' | 'R';
  path: string;
  from?: string;
}

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The commit where the change left `base`: a pull request is judged against what it started from. */
export function mergeBase(base: string, cwd = '.'): string {
  return git(['merge-base', base, 'HEAD'], cwd).trim();
}

/** Files that differ between `base` and the working tree (commits, uncommitted edits and new files), renames detected. */
export function changedFiles(base: string, cwd = '.'): ChangedFile[] {
  const files: ChangedFile[] = [];
  const fields = git(['diff', '--name-status', '-M', '-z', base], cwd).split('\0').filter(Boolean);
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    if (code.startsWith('R')) {
      const from = fields[i++]!;
      files.push({ status: 'R', from, path: fields[i++]! });
    } else {
      const status = code.startsWith('A') ? 'A' : code.startsWith('D') ? 'D' : 'M';
      files.push({ status, path: fields[i++]! });
    }
  }
  for (const path of git(['ls-files', '--others', '--exclude-standard', '-z'], cwd).split('\0').filter(Boolean)) {
    files.push({ status: 'A', path });
  }
  return files;
}

/** Writes the given folders of `ref` into a new temporary folder and returns it (content/ and public/ of the base). */
export function extractTree(ref: string, paths: string[], cwd = '.'): string {
  const dest = mkdtempSync(join(tmpdir(), 'basis-'));
  const present = paths.filter((p) => git(['ls-tree', '--name-only', ref, p], cwd).trim() !== '');
  if (present.length) {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, ...present], { cwd, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dest], { input: tar });
  }
  return dest;
}
