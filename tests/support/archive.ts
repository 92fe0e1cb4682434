import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readZip } from '../../scripts/archive/zip';

/** Runs `npm run archive` into a fresh folder and returns the zip's path; the WACZ lies beside it. */
export function buildArchive(...args: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'archief-'));
  execFileSync('npm', ['run', 'archive', ...(args.length ? ['--', ...args] : [])], { env: { ...process.env, ARCHIVE_DIR: out }, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  const zip = readdirSync(out).find((f) => f.endsWith('.zip'));
  if (!zip) throw new Error('npm run archive schreef geen zip');
  return join(out, zip);
}

/** Unzips an archive into a new temporary folder. */
export async function unzipTo(zip: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'uitgepakt-'));
  for (const [name, data] of await readZip(zip)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

/** Runs `npm run archive:verify` and returns its exit code and output. */
export function verifyArchive(zip: string): { code: number; output: string } {
  try {
    const output = execFileSync('npm', ['run', '--silent', 'archive:verify', '--', zip], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}
