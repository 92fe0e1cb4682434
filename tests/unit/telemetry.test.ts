import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Astro keeps an anonymous telemetry id in its config folder the first time it records usage;
// with telemetry off it never writes that file. A fresh home folder makes the check exact.
const home = mkdtempSync(join(tmpdir(), 'telemetry-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('Astro started through the npm scripts', () => {
  it('records no usage data, on a developer machine as in CI', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home };
    // Astro sends telemetry from CI too; leaving CI unset is the stricter case.
    delete env.CI;
    delete env.ASTRO_TELEMETRY_DISABLED;
    execFileSync('npm', ['run', '--silent', 'astro', '--', 'sync'], { env, stdio: 'pipe' });
    expect(existsSync(join(home, 'astro', 'config.json'))).toBe(false);
  }, 120_000);
});
