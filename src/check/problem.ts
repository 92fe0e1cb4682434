import { isAbsolute, relative } from 'node:path';
import { oneLine } from './one-line.ts';

export type Severity = 'fout' | 'waarschuwing';

/** One finding of the content check, pointing an editor at a file, a line and a field. */
export interface Problem {
  severity: Severity;
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Field name as the editor sees it, e.g. `themas[1]`, or a Dutch word for the whole file or the text. */
  field: string;
  /** What is wrong, in Dutch. */
  message: string;
  /** How to fix it, in Dutch. */
  fix: string;
}

/** Path as shown to the editor: relative to the working directory when the file lies inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
}

/** `path:line: field — message — fix`, the one line format every tool and the docs use. */
export function formatProblem(p: Problem, cwd?: string): string {
  return oneLine(`${displayPath(p.file, cwd)}:${p.line}: ${p.field} — ${p.message} — ${p.fix}`);
}

/** Stable order: by file, then line, so the output reads top to bottom like the files. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** Field path as the editor reads it: `tijdlijn[2].datum`, counting list items from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg + 1}]`;
    else {
      // A key of spaces or symbols is shown quoted, so the field part of a finding is never blank.
      const key = /^[\p{L}\p{N}_-]+$/u.test(String(seg)) ? String(seg) : JSON.stringify(String(seg));
      out += out ? `.${key}` : key;
    }
  }
  return out || '(front matter)';
}
