import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../../../src/check/index.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/collections.ts';

/** "Today" for every generated case, so the contact-age warning never depends on the day. */
export const FUZZ_TODAY = new Date('2026-11-30T00:00:00Z');

const REAL = resolve('content');

/** Real entries the mutations start from: one or more per collection, with every shape of field. */
const SEEDS: Record<CollectionName, string[]> = {
  beleid: ['sociale-cohesie', 'achtergrond-en-actieplannen'],
  projecten: ['polarprof', 'wij-zij-netwerk'],
  // Two practices whose `verwant` lists stay within a group of three, so their roots stay small.
  'goede-praktijken': ['burenbemiddeling-gent', 'omstaanderstrainingen'],
  organisaties: ['faro', 'vvsg'],
};

/** One real, valid content file. */
export interface BaseEntry {
  collection: CollectionName;
  id: string;
  /** Path under the content root, e.g. `beleid/sociale-cohesie.md`. */
  file: string;
  text: string;
}

const fileOf = (collection: CollectionName, id: string) => {
  const c = COLLECTIONS.find((x) => x.name === collection)!;
  return `${c.dir}/${id}${c.ext}`;
};

/** Files a small root needs next to the seeds: what they refer to, found by asking the check itself. */
function closure(files: Set<string>): Set<string> {
  for (let round = 0; round < 10; round++) {
    const root = writeRoot(files);
    const errors = checkContent(root, { today: FUZZ_TODAY }).errors;
    rmSync(dirname(root), { recursive: true, force: true });
    if (!errors.length) return files;
    const before = files.size;
    for (const e of errors) {
      // "organisatie "x" bestaat niet", "beleidspagina "x" bestaat niet", "de pagina /projecten/x/ bestaat niet"
      const ref = /"([a-z0-9-]+)" bestaat niet/.exec(e.message)?.[1];
      const page = /de pagina \/(?:([a-z-]+)\/)?.*?([a-z0-9-]+)\/ bestaat niet/.exec(e.message);
      for (const c of COLLECTIONS) {
        const id = ref ?? page?.[2];
        if (id && readdirSync(join(REAL, c.dir)).includes(`${id}${c.ext}`)) files.add(fileOf(c.name, id));
      }
    }
    if (files.size === before) throw new Error(`base root does not pass the check:\n${errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n')}`);
  }
  throw new Error('base root: references do not close');
}

/** A fresh temporary content root with the taxonomies and the given real files. */
export function writeRoot(files: Iterable<string>, extra: Record<string, string> = {}): string {
  const root = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'content');
  cpSync(join(REAL, 'taxonomie'), join(root, 'taxonomie'), { recursive: true });
  for (const c of COLLECTIONS) mkdirSync(join(root, c.dir), { recursive: true });
  for (const f of files) cpSync(join(REAL, f), join(root, f));
  for (const [f, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  return root;
}

/** A seed with a temporary content root of its own: the taxonomies, the seed and what it refers to. */
export interface SeedRoot {
  entry: BaseEntry;
  root: string;
  /** Real files in the root besides the taxonomies. */
  files: string[];
}

/** Every seed with its own small root; the caller removes the roots' parent folders when done. */
export function seedRoots(): SeedRoot[] {
  return Object.entries(SEEDS).flatMap(([c, ids]) =>
    ids.map((id) => {
      const file = fileOf(c as CollectionName, id);
      const files = [...closure(new Set([file]))].sort();
      const entry = { collection: c as CollectionName, id, file, text: readFileSync(join(REAL, file), 'utf8') };
      return { entry, root: writeRoot(files), files };
    }),
  );
}
