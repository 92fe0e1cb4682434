import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileSlug } from '../../src/utils/fileSlug.ts';
import { SEED_PAGE } from '../../src/utils/fixedPages.ts';
import { objectShape, enumValues } from '../../src/check/shape.ts';
import { slugKey } from '../../src/check/slugs.ts';
import { buildSchemas } from '../../src/check/schemas.ts';
import { COLLECTIONS } from '../../src/collections.ts';
import { BODIES, examples, type ExampleContext } from './examples.ts';
import { renderFields } from './render.ts';
import { infoOf, type EntryType } from './types.ts';

/** Preferred example organisation, when it exists; the preferred parent is the seed page. */
const EXAMPLE_ORGANISATION = 'vvsg';

const idsIn = (root: string, dir: string, ext: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => extname(f) === ext).map((f) => basename(f, ext)).sort() : [];

/** The text of a new entry: every field with a valid placeholder and a Dutch comment, then the body. */
export function entryText(root: string, type: EntryType, titel: string, today: string): string {
  const info = infoOf(type);
  const ids = new Map(COLLECTIONS.map((c) => [c.name, idsIn(root, c.dir, c.ext)]));
  const schema = buildSchemas(root, ids)[info.schema];
  const shape = objectShape(schema);
  const orgs = ids.get('organisaties') ?? [];
  const beleid = ids.get('beleid') ?? [];
  const ctx: ExampleContext = {
    titel,
    today,
    organisatie: orgs.includes(EXAMPLE_ORGANISATION) ? EXAMPLE_ORGANISATION : (orgs[0] ?? EXAMPLE_ORGANISATION),
    beleidOuder: beleid.includes(SEED_PAGE.id) ? SEED_PAGE.id : beleid[0],
    firstTerm: (field) => enumValues(shape[field]!)?.[0] ?? '',
  };
  const header =
    `# ${info.newLabel}, aangemaakt met npm run new. Vervang elke voorbeeldwaarde en verwijder optionele\n` +
    `# velden die u niet nodig hebt${'draft' in shape ? '; zet draft op false om te publiceren' : ''}. Uitleg: CONTRIBUTING.md.\n`;
  const fields = header + renderFields(schema, shape, examples(type, ctx));
  const body = BODIES[type];
  return body === undefined ? fields : `---\n${fields}---\n\n${body}`;
}

export class ScaffoldError extends Error {}

/** Writes a new entry and returns its path; refuses to overwrite or to clash with an existing slug. */
export function createEntry(root: string, type: EntryType, titel: string, today = new Date().toISOString().slice(0, 10)): string {
  const info = infoOf(type);
  const clean = titel.trim();
  if (clean.length < 3) throw new ScaffoldError('Geef een titel van minstens 3 tekens, tussen aanhalingstekens: npm run new -- project "Mijn project"');
  const slug = fileSlug(clean);
  if (!slug) throw new ScaffoldError(`Uit de titel "${clean}" valt geen bestandsnaam te maken: gebruik letters of cijfers.`);
  const file = join(root, info.dir, `${slug}${info.ext}`);
  const clash = idsIn(root, info.dir, info.ext).find((id) => slugKey(id) === slugKey(slug));
  if (existsSync(file) || clash) {
    throw new ScaffoldError(
      `Er bestaat al een ${info.label} met die naam: content/${info.dir}/${clash ?? slug}${info.ext}. ` +
        'Er is niets overschreven. Pas dat bestand aan, of kies een andere titel.',
    );
  }
  const text = entryText(root, type, clean, today);
  mkdirSync(join(root, info.dir), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return file;
}
