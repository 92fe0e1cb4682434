import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const reporter = resolve('tests/support/count-reporter.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs vitest on one test file with only the count reporter; returns the last line it printed. */
function countLine(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'telling-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'vitest.config.mjs'), 'export default {};\n');
  writeFileSync(join(dir, 'x.test.mjs'), source);
  let out = '';
  try {
    out = execFileSync('npx', ['vitest', 'run', '--root', dir, '--reporter', reporter], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  return out.trim().split('\n').at(-1)!;
}

describe('the count line CI reads', () => {
  it('counts passed and failed tests', () => {
    const line = countLine(`import { it, expect } from 'vitest';\nit('a', () => {});\nit('b', () => expect(1).toBe(2));\n`);
    expect(line).toBe('1 passed, 1 failed');
  });

  it('counts a file whose setup fails as a failure, though none of its tests ran', () => {
    const line = countLine(
      `import { beforeAll, describe, it } from 'vitest';\ndescribe('x', () => {\n  beforeAll(() => { throw new Error('setup'); });\n  it('a', () => {});\n});\n`,
    );
    expect(line).toBe('0 passed, 1 failed');
  });
});
