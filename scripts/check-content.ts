// Minimal content check (foundation). The editors' workflow issue replaces this with the full check.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { makeSchemas, type CollectionName } from '../src/schemas/collections.ts';
import { contentRoot } from '../src/schemas/taxonomies.ts';

const root = contentRoot();
const dirs: Record<CollectionName, string> = {
  beleid: 'beleid', projecten: 'projecten', 'goede-praktijken': 'goede-praktijken', organisaties: 'organisaties',
};
const ids = (c: CollectionName) => {
  const d = join(root, dirs[c]);
  return existsSync(d) ? new Set(readdirSync(d).map((f) => f.replace(/\.(md|yaml)$/, ''))) : new Set<string>();
};
const known = Object.fromEntries(Object.keys(dirs).map((c) => [c, ids(c as CollectionName)])) as Record<CollectionName, Set<string>>;
const s = makeSchemas((c) => z.string().refine((v) => known[c].has(v), { message: `bestaat niet in ${c}` }));
const schemaOf: Record<CollectionName, z.ZodType> = {
  beleid: s.beleid, projecten: s.project, 'goede-praktijken': s.goedePraktijk, organisaties: s.organisatie,
};
let errors = 0;
for (const c of Object.keys(dirs) as CollectionName[]) {
  for (const id of known[c]) {
    const file = join(root, dirs[c], c === 'organisaties' ? `${id}.yaml` : `${id}.md`);
    const text = readFileSync(file, 'utf8');
    const yamlText = c === 'organisaties' ? text : (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
    const result = schemaOf[c].safeParse(parse(yamlText));
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors++;
        console.error(`${relative(process.cwd(), file)}: ${issue.path.join('.')} — ${issue.message}`);
      }
    }
  }
}
console.log(errors ? `${errors} fout(en)` : 'Inhoud in orde');
process.exit(errors ? 1 : 0);
