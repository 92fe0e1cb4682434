import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { fileSlug } from '../utils/fileSlug.ts';
import { COLLECTIONS, type CollectionName } from '../collections.ts';
import { IMAGE_EXTENSIONS, OTHER_DIRS } from './collections.ts';
import type { Problem } from './problem.ts';
import { parseYaml, splitFrontMatter, type YamlSource } from './source.ts';

/** One content entry as read from disk. */
export interface Entry {
  collection: CollectionName;
  /** Id as Astro derives it from the file name (github-slugger), also the last URL segment. */
  id: string;
  /** File name without extension, as the editor typed it. */
  name: string;
  file: string;
  source?: YamlSource;
  /** Parsed front matter; undefined when the YAML is unreadable. */
  data?: unknown;
  body?: string;
  bodyLine?: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const fileProblem = (file: string, field: string, message: string, fix: string, severity: Problem['severity'] = 'fout'): Problem => ({
  severity, file, line: 1, field, message, fix,
});

/** Reads every entry under the content root and reports files the site would ignore or choke on. */
export function loadEntries(root: string): { entries: Entry[]; problems: Problem[] } {
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  if (!existsSync(root)) {
    return { entries, problems: [fileProblem(root, 'map', 'de inhoudsmap bestaat niet', 'controleer CONTENT_ROOT of werk vanuit de hoofdmap van de repository')] };
  }

  for (const file of walk(root)) {
    if (extname(file).toLowerCase() === '.mdx') {
      problems.push(fileProblem(file, 'bestand', 'MDX-bestanden zijn niet toegelaten in content/ (MDX is code, alleen voor ontwikkelaars onder src/pages)',
        'hernoem het bestand naar .md en schrijf gewone Markdown, of vraag een ontwikkelaar om de pagina te maken'));
    }
  }

  for (const d of readdirSync(root, { withFileTypes: true })) {
    const known = COLLECTIONS.some((c) => c.dir === d.name) || OTHER_DIRS.includes(d.name);
    if (!known && !d.name.startsWith('.') && !/^readme(\.md)?$/i.test(d.name)) {
      problems.push(fileProblem(join(root, d.name), 'map', `"${d.name}" wordt niet gelezen door de site`,
        `zet inhoud in een van de mappen ${COLLECTIONS.map((c) => c.dir).join(', ')}`, 'waarschuwing'));
    }
  }

  for (const c of COLLECTIONS) {
    const dir = join(root, c.dir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const file of walk(dir).sort()) {
      const ext = extname(file).toLowerCase();
      if (ext === '.mdx' || IMAGE_EXTENSIONS.includes(ext) || basename(file).startsWith('.')) continue;
      if (extname(file) !== c.ext) {
        problems.push(fileProblem(file, 'bestand', `dit bestand wordt niet gelezen: in content/${c.dir} leest de site alleen ${c.ext}-bestanden`,
          `hernoem het naar ${basename(file, extname(file))}${c.ext}`));
        continue;
      }
      const name = basename(file, c.ext);
      if (relative(dir, file).includes('/') || relative(dir, file).includes('\\')) {
        problems.push(fileProblem(file, 'bestand', 'bestanden in een submap krijgen een webadres dat niet bestaat',
          `zet het bestand rechtstreeks in content/${c.dir}/`));
        continue;
      }
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
        problems.push(fileProblem(file, 'bestandsnaam', `de bestandsnaam "${name}" wordt het webadres en mag alleen kleine letters, cijfers en koppeltekens bevatten`,
          `hernoem het bestand naar ${fileSlug(name)}${c.ext}`));
      }
      entries.push(readEntry(c.name, file, name, c.ext, problems));
    }
  }
  return { entries, problems };
}

function readEntry(collection: CollectionName, file: string, name: string, ext: string, problems: Problem[]): Entry {
  const entry: Entry = { collection, id: githubSlug(name), name, file };
  const text = readFileSync(file, 'utf8');
  let yaml = text;
  let offset = 0;
  if (ext === '.md') {
    const split = splitFrontMatter(text);
    if (!split) {
      problems.push(fileProblem(file, '(front matter)', 'het bestand begint niet met velden tussen twee regels ---',
        'zet op de eerste regel ---, daaronder de velden (titel: …), dan weer --- en pas daarna de tekst'));
      return entry;
    }
    ({ yaml, offset } = split);
    entry.body = split.body;
    entry.bodyLine = split.bodyLine;
  }
  const parsed = parseYaml(file, yaml, offset);
  problems.push(...parsed.problems);
  entry.source = parsed.source;
  entry.data = parsed.data;
  return entry;
}
