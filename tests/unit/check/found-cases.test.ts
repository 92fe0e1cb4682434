import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../../../src/check/index.ts';
import { formatProblem } from '../../../src/check/problem.ts';
import { CORPUS_TODAY, VALID_FILES } from '../../fixtures/broken/cases.ts';
import { FOUND_CASES } from '../../fixtures/broken/found/cases.ts';

const corpus = resolve('tests/fixtures/broken/content');
const found = resolve('tests/fixtures/broken/found/content');
const roots: string[] = [];

/** The corpus's correct files plus one found file, so every finding belongs to that file. */
function findings(file: string): string[] {
  const root = join(mkdtempSync(join(tmpdir(), 'found-')), 'content');
  roots.push(dirname(root));
  cpSync(join(corpus, 'taxonomie'), join(root, 'taxonomie'), { recursive: true });
  const copies: [string, string][] = [...VALID_FILES.map((f): [string, string] => [join(corpus, f), f]), [join(found, file), file]];
  for (const [from, to] of copies) {
    mkdirSync(dirname(join(root, to)), { recursive: true });
    cpSync(from, join(root, to));
  }
  const r = checkContent(root, { today: CORPUS_TODAY });
  return r.errors.map((p) => formatProblem(p, dirname(root)));
}

afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

describe('what the generated-entry tests found', () => {
  it.each(FOUND_CASES)('reports $file ($was before) at line $line in field $field', (c) => {
    const lines = findings(c.file);
    const expected = `content/${c.file}:${c.line}: ${c.field} — `;
    expect(lines.find((l) => l.startsWith(expected) && l.includes(c.message)), lines.join('\n')).toBeDefined();
    for (const l of lines) expect(l).not.toMatch(/[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/);
  });

  it('lists every file of the found corpus', () => {
    const files = readdirSync(found, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `${d.parentPath.slice(found.length + 1)}/${d.name}`);
    expect(files.sort()).toEqual([...new Set(FOUND_CASES.map((c) => c.file))].sort());
  });
});
