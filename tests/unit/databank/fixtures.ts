import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** The small content root in tests/fixtures/databank; set before any schema reads a taxonomy. */
export const FIXTURE_ROOT = resolve('tests/fixtures/databank');
process.env.CONTENT_ROOT = FIXTURE_ROOT;

const { makeSchemas } = await import('@/schemas/collections');
const { termLabel } = await import('@/schemas/taxonomies');

const ids = (dir: string) => readdirSync(join(FIXTURE_ROOT, dir)).map((f) => f.replace(/\.(md|yaml)$/, ''));
const known: Record<string, string[]> = {
  organisaties: ids('organisaties'),
  'goede-praktijken': ids('goede-praktijken'),
  beleid: [],
  projecten: [],
};

/** The schemas with references checked against the fixture files, as the content check does. */
export const schemas = makeSchemas((c) => z.string().refine((id) => known[c]?.includes(id), { message: `bestaat niet in ${c}` }));

/** Front matter (YAML, not yet validated) and body of a Markdown file. */
export function readEntryFile(file: string): { frontMatter: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: geen front matter`);
  return { frontMatter: parse(m[1]!), body: m[2]! };
}

export type FixtureEntry = { id: string; data: z.output<typeof schemas.goedePraktijk>; body: string };

/** Every good practice of the fixture root, validated; drafts included. */
export function fixtureEntries(): FixtureEntry[] {
  return ids('goede-praktijken')
    .sort()
    .map((id) => {
      const { frontMatter, body } = readEntryFile(join(FIXTURE_ROOT, 'goede-praktijken', `${id}.md`));
      return { id, data: schemas.goedePraktijk.parse(frontMatter), body };
    });
}

/** Organisation names of the fixture root. */
export function organisationName(id: string): string {
  return (parse(readFileSync(join(FIXTURE_ROOT, 'organisaties', `${id}.yaml`), 'utf8')) as { naam: string }).naam;
}

export { termLabel };
