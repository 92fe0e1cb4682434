import { execFile } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../../support/temp-repo';

// The lane script on real commits, in the cases that end before any build: a removed fiche without its redirect
// stops both lanes at the URL rule, so the choice of lane and the verdict are visible without running the suite.
let repo: TempRepo;
let fiche: string;

async function lane(): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/ci-lane.ts', '--base', 'main'], { cwd: repo.dir });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

beforeAll(() => {
  repo = tempRepo();
  fiche = readdirSync(join(repo.dir, 'content/goede-praktijken'))[0]!.replace(/\.md$/, '');
}, 60_000);
afterAll(() => repo?.dispose());

describe('npm run ci:lane on a pull request', () => {
  it('takes the content lane for a content-only change and fails it on a URL that disappears, with the line to add', async () => {
    repo.git('switch', '-q', '-c', 'alleen-inhoud', 'main');
    rmSync(join(repo.dir, `content/goede-praktijken/${fiche}.md`));
    repo.git('commit', '-q', '-am', 'fiche weg');
    const { code, out } = await lane();
    expect(out).toContain('Alleen inhoud gewijzigd: de inhoudsbaan.');
    expect(out).toContain(`deze regel toe: '/databank/${fiche}': '/databank/',`);
    expect(out).toContain('Oordeel (inhoudsbaan): NIET in orde');
    expect(code).toBe(1);
  }, 120_000);

  it('takes the full lane as soon as a file outside content/ changes, and applies the URL rule there too', async () => {
    repo.git('switch', '-q', '-c', 'ook-code', 'main');
    rmSync(join(repo.dir, `content/goede-praktijken/${fiche}.md`));
    writeFileSync(join(repo.dir, 'scripts/nieuw.ts'), 'export {};\n');
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'fiche weg en code');
    const { code, out } = await lane();
    expect(out).toContain('Volledige controle: scripts/nieuw.ts is geen inhoud.');
    expect(out).toContain(`deze regel toe: '/databank/${fiche}': '/databank/',`);
    expect(out).toContain('Oordeel (volledige controle): NIET in orde');
    expect(code).toBe(1);
  }, 120_000);
});
