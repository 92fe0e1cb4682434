import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { checkContent, type Problem } from '../../../src/check/index.ts';
import { formatProblem } from '../../../src/check/problem.ts';
import { BROKEN_CASES, CORPUS_TODAY, VALID_FILES } from '../../fixtures/broken/cases.ts';

const root = resolve('tests/fixtures/broken/content');
const result = checkContent(root, { today: CORPUS_TODAY });
const all: Problem[] = [...result.errors, ...result.warnings];
const lines = all.map((p) => formatProblem(p));

describe('content check on the broken-entry corpus', () => {
  it.each(BROKEN_CASES)('reports "$titel" at $file:$line in field $field', (c) => {
    const expected = `tests/fixtures/broken/content/${c.file}:${c.line}: ${c.field} — `;
    const hit = lines.find((l) => l.startsWith(expected) && l.includes(c.message));
    expect(hit, `no line starting with "${expected}" containing "${c.message}" in:\n${lines.join('\n')}`).toBeDefined();
    const problem = all.find((p) => formatProblem(p) === hit)!;
    expect(problem.severity).toBe(c.severity);
  });

  it('reports nothing else than the listed mistakes', () => {
    const listed = all.filter((p) => !BROKEN_CASES.some((c) => p.file === join(root, c.file) && p.line === c.line && p.field === c.field && p.message.includes(c.message)));
    expect(listed.map((p) => formatProblem(p))).toEqual([]);
  });

  it('reports nothing for the correct files of the corpus', () => {
    const clean = VALID_FILES.map((f) => join(root, f));
    expect(all.filter((p) => clean.includes(p.file)).map((p) => formatProblem(p))).toEqual([]);
  });

  it('writes every finding as path:line: field — message — fix', () => {
    for (const l of lines) expect(l).toMatch(/^\S+:\d+: \S.* — .+ — .+$/);
  });

  it('suggests the nearest allowed value for a taxonomy typo', () => {
    expect(lines.find((l) => l.includes('"polarisatie"'))).toContain('bedoelt u "polarisering"?');
  });

  it('suggests the existing organisation for a misspelt one', () => {
    expect(lines.find((l) => l.includes('"vvgs"'))).toContain('bedoelt u "vvsg"?');
  });

  it('counts warnings apart from errors', () => {
    expect(result.warnings.map((p) => p.field)).toEqual(['contactGecontroleerd', 'contactGecontroleerd']);
  });
});
