import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch copy of the repository's content/ and public/, to edit without touching the real files. */
export interface SiteCopy {
  dir: string;
  read: (path: string) => string;
  write: (path: string, text: string) => void;
  edit: (path: string, change: (text: string) => string) => void;
  rename: (from: string, to: string) => void;
  remove: (path: string) => void;
  dispose: () => void;
}

export function copySite(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'pr-site-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  cpSync('public', join(dir, 'public'), { recursive: true });
  const read = (p: string) => readFileSync(join(dir, p), 'utf8');
  const write = (p: string, text: string) => writeFileSync(join(dir, p), text);
  return {
    dir,
    read,
    write,
    edit: (p, change) => {
      const before = read(p);
      const after = change(before);
      if (after === before) throw new Error(`edit of ${p} changed nothing`);
      write(p, after);
    },
    rename: (from, to) => renameSync(join(dir, from), join(dir, to)),
    remove: (p) => rmSync(join(dir, p)),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
