import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent, formatProblem, type Problem } from '../../../src/check/index.ts';
import { displayPath } from '../../../src/check/problem.ts';
import { reportLines } from '../../../src/check/report.ts';
import { FUZZ_TODAY, type SeedRoot } from './base.ts';
import type { FuzzCase } from './mutations.ts';

/** What the check engine did with one case. */
export interface Verdict {
  errors: Problem[];
  warnings: Problem[];
  /** The report `npm run check` prints. */
  report: string[];
  /** What the engine threw, if it threw. */
  thrown?: unknown;
  /** Text of each file a finding names, to check its line numbers. */
  texts: Map<string, string | undefined>;
}

/** Runs the check engine on a seed's root with the seed file replaced by the case. */
export function checkCase(seed: SeedRoot, c: FuzzCase): Verdict {
  const original = join(seed.root, c.seed);
  const written = join(seed.root, c.file);
  rmSync(original);
  writeFileSync(written, c.text);
  try {
    const result = checkContent(seed.root, { today: FUZZ_TODAY });
    const texts = new Map<string, string | undefined>();
    for (const p of [...result.errors, ...result.warnings]) {
      if (!texts.has(p.file)) texts.set(p.file, existsSync(p.file) && statSync(p.file).isFile() ? readFileSync(p.file, 'utf8') : undefined);
    }
    return { errors: result.errors, warnings: result.warnings, report: reportLines(result, true), texts };
  } catch (thrown) {
    return { errors: [], warnings: [], report: [], thrown, texts: new Map() };
  } finally {
    rmSync(written, { force: true });
    writeFileSync(original, seed.entry.text);
  }
}

/** Lines of a text as an editor's editor counts them (CR, LF and CRLF each end a line). */
export const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** Everything wrong with one finding's form; empty when it is `path:line: field — melding — oplossing` on one line. */
export function formProblems(p: Problem, v: Verdict, cwd: string): string[] {
  const out: string[] = [];
  const line = formatProblem(p, cwd);
  const prefix = `${displayPath(p.file, cwd)}:${p.line}: `;
  if (!line.startsWith(prefix)) out.push('does not start with path:line:');
  const parts = line.slice(prefix.length).split(' — ');
  if (parts.length < 3 || parts.some((x) => !x.trim())) out.push('is not "field — melding — oplossing" with three non-empty parts');
  if (/[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/.test(line)) out.push('has a line break or control character');
  if (!Number.isInteger(p.line) || p.line < 1) out.push(`line ${p.line} is not a line number`);
  const text = v.texts.get(p.file);
  if (text !== undefined && p.line > lineCount(text)) out.push(`line ${p.line} is past the end of the file (${lineCount(text)} lines)`);
  return out;
}

export const rootParent = (seed: SeedRoot) => dirname(seed.root);
