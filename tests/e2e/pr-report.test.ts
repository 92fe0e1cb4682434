import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempRepo, type TempRepo } from '../support/temp-repo';

// One repository, one build: main holds the project as it is; the branch "wijziging" adds, changes, renames,
// removes and archives a fiche (with the redirect lines the URL rule asks for), and the report runs on that branch.
let repo: TempRepo;
let report: string;
const fiches = new Map<string, { titel: string; verwant?: string[] }>();
let added: string, changed: string, renamed: string, removed: string, archived: string;

const file = (id: string) => `content/goede-praktijken/${id}.md`;
const runReport = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'scripts/pr-report.ts', '--base', 'main', ...args], { cwd: repo.dir, encoding: 'utf8', stdio: 'pipe' });
const readReport = () => readFileSync(join(repo.dir, 'build/pr-rapport/rapport.md'), 'utf8');
/** Width of a PNG from its IHDR header, to know the screenshot was taken at that viewport. */
const pngWidth = (path: string) => readFileSync(path).readUInt32BE(16);

beforeAll(() => {
  repo = tempRepo();
  const dir = join(repo.dir, 'content/goede-praktijken');
  const bodies = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    bodies.set(f, text);
    fiches.set(f.slice(0, -3), parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
  }
  const allText = [...bodies.values(), ...readdirSync(join(repo.dir, 'content/beleid')).map((f) => readFileSync(join(repo.dir, 'content/beleid', f), 'utf8'))].join('\n');
  // Fiches no other page names, so renaming or removing one needs only its redirect.
  const free = [...fiches.keys()].filter((id) => ![...fiches.values()].some((f) => f.verwant?.includes(id)) && !allText.includes(`/databank/${id}/`));
  [renamed, removed] = free;
  const active = [...fiches.keys()].filter((id) => id !== renamed && id !== removed && (fiches.get(id) as { status?: string }).status !== 'gearchiveerd');
  [changed, archived] = active;
  added = 'een-nieuwe-fiche';

  repo.git('switch', '-q', '-c', 'wijziging');
  writeFileSync(join(repo.dir, file(added)), bodies.get(`${changed}.md`)!.replace(/^titel: .*$/m, 'titel: Een nieuwe fiche voor het rapport'));
  const changedPath = join(repo.dir, file(changed));
  writeFileSync(changedPath, `${readFileSync(changedPath, 'utf8')}\nDeze zin is nieuw in de wijziging.\n`);
  const archivedPath = join(repo.dir, file(archived));
  writeFileSync(archivedPath, readFileSync(archivedPath, 'utf8').replace(/^status: .*$/m, 'status: gearchiveerd'));
  repo.git('mv', file(renamed), file(`${renamed}-nieuw`));
  rmSync(join(repo.dir, file(removed)));
  const redirects = join(repo.dir, 'src/redirects.ts');
  writeFileSync(redirects, readFileSync(redirects, 'utf8').replace(
    /\n};\s*$/,
    `\n  '/databank/${renamed}': '/databank/${renamed}-nieuw/',\n  '/databank/${removed}': '/databank/',\n};\n`,
  ));
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'wijziging');
  runReport();
  report = readReport();
}, 300_000);
afterAll(() => repo?.dispose());

describe('npm run pr-report on a branch that adds, changes, renames, removes and archives a fiche', () => {
  it('lists the added fiche with its new address', () => {
    expect(report).toMatch(new RegExp(`\\| Toegevoegd \\| \`${file(added)}\` \\| \`https://[^\`]+/databank/${added}/\` \\|`));
  });

  it('lists the changed fiche with its address', () => {
    expect(report).toMatch(new RegExp(`\\| Gewijzigd \\| \`${file(changed)}\` \\| \`https://[^\`]+/databank/${changed}/\` \\|`));
  });

  it('lists the renamed fiche with its old and new file and address', () => {
    expect(report).toContain(`| Hernoemd | \`${file(renamed)}\` → \`${file(`${renamed}-nieuw`)}\` |`);
    expect(report).toMatch(new RegExp(`/databank/${renamed}/\` → \`https://[^\`]+/databank/${renamed}-nieuw/\``));
  });

  it('lists the removed fiche with the address that goes', () => {
    expect(report).toMatch(new RegExp(`\\| Verwijderd \\| \`${file(removed)}\` \\| \`https://[^\`]+/databank/${removed}/\` verdwijnt \\|`));
  });

  it('shows the changed text as a word diff of what visitors read, not the Markdown', () => {
    const section = report.slice(report.indexOf(`#### \`${file(changed)}\``)).split('\n\n')[1];
    expect(section).toBe('- <ins>Deze zin is nieuw in de wijziging.</ins>');
  });

  it('keeps an archived fiche at its address, with the archived notice at the top of the page', () => {
    expect(report).toMatch(new RegExp(`\\| Gewijzigd \\| \`${file(archived)}\` \\| \`https://[^\`]+/databank/${archived}/\` \\|`));
    const html = (id: string) => readFileSync(join(repo.dir, 'dist/databank', id, 'index.html'), 'utf8');
    expect(html(archived)).toMatch(/<p[^>]*data-gearchiveerd[^>]*>[\s\S]*?Gearchiveerd/);
    expect(html(changed)).not.toContain('data-gearchiveerd');
  });

  it('reports the content check as passed, since the redirects are there', () => {
    expect(report).toMatch(/^✅ Geen fouten/m);
    expect(report).not.toContain('❌');
  });

  it('takes a screenshot of each new or changed page at 375 and 1280 px wide, and none of the removed one', () => {
    const shots = join(repo.dir, 'build/pr-rapport/schermafbeeldingen');
    for (const id of [added, changed, `${renamed}-nieuw`]) {
      for (const width of [375, 1280]) {
        const png = join(shots, `databank--${id}-${width}.png`);
        expect(existsSync(png), png).toBe(true);
        expect(pngWidth(png)).toBe(width);
        expect(report).toContain(`\`databank--${id}-${width}.png\``);
      }
    }
    expect(readdirSync(shots).filter((f) => f.includes(`--${removed}-`))).toEqual([]);
  });

  it('hides the marker the workflow uses to update its one comment', () => {
    expect(report.split('\n')[0]).toBe('<!-- pr-rapport: preventie-radicalisering-polarisering -->');
  });

  it('reports a removal without a redirect as an error with the line to add, and takes no screenshots then', () => {
    const redirects = join(repo.dir, 'src/redirects.ts');
    writeFileSync(redirects, readFileSync(redirects, 'utf8').replace(`  '/databank/${removed}': '/databank/',\n`, ''));
    repo.git('commit', '-q', '-am', 'zonder redirect');
    runReport('--no-build');
    const text = readReport();
    expect(text).toContain('❌ 1 fout(en)');
    expect(text).toContain(`deze regel toe: '/databank/${removed}': '/databank/',`);
    expect(text).toContain('Geen schermafbeeldingen: los eerst de fouten hierboven op; daarna volgen ze bij de volgende push.');
  });
});
