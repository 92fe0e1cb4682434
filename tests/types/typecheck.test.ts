import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the TypeScript code', () => {
  it('passes astro check (strict) without errors, warnings or hints', () => {
    let output = '';
    try {
      output = execFileSync('npm', ['run', '--silent', 'typecheck'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      const e = err as { stdout: string; stderr: string };
      output = `${e.stdout}${e.stderr}`;
    }
    expect(output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  });
});
