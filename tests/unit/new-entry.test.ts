import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/check/index.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { splitFrontMatter } from '../../src/check/source.ts';
import { buildSchemas } from '../../src/check/schemas.ts';
import { objectShape } from '../../src/check/shape.ts';
import { ENTRY_TYPES, infoOf, type EntryType } from '../../scripts/fields/types.ts';

let tmp: string;
let root: string;

/** Runs `npm run new` the way an editor does, against a copy of the content. */
function runNew(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/new-entry.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: root },
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const TITLES: Record<EntryType, string> = {
  beleid: 'Lokale aanpak: één verhaal',
  project: 'Netwerk Samenleven in Vlaanderen',
  'goede-praktijk': 'Buurtcafé in Ronse',
  organisatie: 'Vzw Dé Brug',
};
const SLUGS: Record<EntryType, string> = {
  beleid: 'lokale-aanpak-een-verhaal',
  project: 'netwerk-samenleven-in-vlaanderen',
  'goede-praktijk': 'buurtcafe-in-ronse',
  organisatie: 'vzw-de-brug',
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'new-entry-'));
  root = join(tmp, 'content');
  cpSync(resolve('content'), root, { recursive: true });
  for (const type of Object.keys(ENTRY_TYPES) as EntryType[]) {
    const r = runNew(type, TITLES[type]);
    if (r.status !== 0) throw new Error(r.out);
  }
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fileOf = (type: EntryType) => join(root, infoOf(type).dir, `${SLUGS[type]}${infoOf(type).ext}`);
const yamlOf = (type: EntryType) => {
  const text = readFileSync(fileOf(type), 'utf8');
  return infoOf(type).ext === '.md' ? splitFrontMatter(text)!.yaml : text;
};

describe('npm run new', () => {
  it.each(Object.keys(ENTRY_TYPES) as EntryType[])('derives the file name of a new %s from its title, without accents', (type) => {
    expect(existsSync(fileOf(type))).toBe(true);
  });

  it('creates entries of every type that pass the content check as written', () => {
    expect(checkContent(root).errors.map((p) => formatProblem(p, tmp))).toEqual([]);
  });

  it('only warns about the example values of a new organisation, which has no draft field', () => {
    // The copied site content has warnings of its own (contacts nobody checked yet); only the new files count here.
    const created = new Set((Object.keys(SLUGS) as EntryType[]).map(fileOf));
    const warned = new Set(checkContent(root).warnings.filter((p) => created.has(p.file)).map((p) => formatProblem(p, tmp).split(':')[0]));
    expect([...warned]).toEqual([`content/organisaties/${SLUGS.organisatie}.yaml`]);
  });

  it('refuses to publish a new page while its example values are still there', () => {
    const file = fileOf('goede-praktijk');
    const text = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, text.replace(/^draft: true$/m, 'draft: false'));
      const errors = checkContent(root).errors.filter((p) => p.file === file);
      expect(errors.map((p) => p.field)).toContain('samenvatting');
    } finally {
      writeFileSync(file, text);
    }
  });

  it.each(Object.keys(ENTRY_TYPES) as EntryType[])('writes every field of the %s schema, each with a comment above it', (type) => {
    const schema = buildSchemas(root, new Map())[infoOf(type).schema];
    const lines = yamlOf(type).split('\n');
    for (const key of Object.keys(objectShape(schema))) {
      const at = lines.findIndex((l) => new RegExp(`^(# )?${key}:`).test(l));
      expect(at, `field ${key} missing`).toBeGreaterThan(0);
      expect(lines[at - 1]).toMatch(/^# \S/);
    }
  });

  it('leaves the contact check date of a new good practice empty, and fills in the day the sources were read', () => {
    const data = parse(yamlOf('goede-praktijk')) as Record<string, unknown>;
    expect(data).not.toHaveProperty('contactGecontroleerd');
    expect(yamlOf('goede-praktijk')).toMatch(/^# contactGecontroleerd: JJJJ-MM-DD$/m);
    expect(data.bronGeraadpleegd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(['beleid', 'project', 'goede-praktijk'] as EntryType[])('keeps a new %s off the site with draft: true', (type) => {
    expect((parse(yamlOf(type)) as { draft: boolean }).draft).toBe(true);
  });

  it('refuses to overwrite an existing entry and says so in Dutch', () => {
    const before = readFileSync(fileOf('project'), 'utf8');
    const r = runNew('project', TITLES.project);
    expect(r.status).toBe(1);
    expect(r.out).toContain('Er bestaat al een project met die naam');
    expect(readFileSync(fileOf('project'), 'utf8')).toBe(before);
  });

  it('refuses a title whose slug differs from an existing one only in case or accents', () => {
    const r = runNew('goede-praktijk', 'BUURTCAFÉ in Rónse');
    expect(r.status).toBe(1);
    expect(r.out).toContain('buurtcafe-in-ronse.md');
  });

  it('explains the usage when the type is unknown', () => {
    const r = runNew('blog', 'Iets');
    expect(r.status).toBe(1);
    expect(r.out).toContain('Onbekend type "blog"');
  });
});
