import { join } from 'node:path';
import { COLLECTIONS, collectionInfo, type CollectionName } from '../collections.ts';
import { loadEntries } from './files.ts';
import { leftoverPlaceholders } from './placeholders.ts';
import { staleContacts } from './freshness.ts';
import { contactOwnerProblems } from './contactOwner.ts';
import { checkMarkdown } from './markdown.ts';
import { sortProblems, type Problem } from './problem.ts';
import { buildSchemas } from './schemas.ts';
import { siteMap } from './site.ts';
import { duplicateSlugs } from './slugs.ts';
import { lineOf } from './source.ts';
import { checkTaxonomies } from './taxonomies.ts';
import { validateEntry } from './validate.ts';
import { controlCharacters } from './control-characters.ts';
import { readAsDates } from './yaml-dates.ts';

export { formatProblem, type Problem } from './problem.ts';

export interface CheckOptions {
  /** Folder with public/ files for root-relative links and images; defaults to the root's sibling public/. */
  publicDir?: string;
  /** "Today" for the age of contacts; tests fix it. */
  today?: Date;
}

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  /** Entries read, for the summary line. */
  entries: number;
}

/** Front matter fields written in Markdown, checked like the body. */
const MARKDOWN_FIELDS: Partial<Record<CollectionName, (string | number)[][]>> = {
  projecten: [['inDeKijker', 'tekst']],
};

/** Validates every content file under `root` in one pass and returns every problem, not the first. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const publicDir = options.publicDir ?? join(root, '..', 'public');
  const problems: Problem[] = [];

  const taxonomyProblems = checkTaxonomies(root);
  problems.push(...taxonomyProblems);
  const { entries, problems: fileProblems } = loadEntries(root);
  problems.push(...fileProblems, ...duplicateSlugs(entries));

  // The schemas are built from the taxonomies; with a broken taxonomy only its own errors make sense.
  if (!taxonomyProblems.some((p) => p.severity === 'fout')) {
    const ids = new Map(COLLECTIONS.map((c) => [c.name, entries.filter((e) => e.collection === c.name).map((e) => e.id)]));
    const schemas = buildSchemas(root, ids);
    for (const e of entries) problems.push(...validateEntry(e, schemas[collectionInfo(e.collection).schema]));
    for (const e of entries) problems.push(...readAsDates(e, schemas[collectionInfo(e.collection).schema]));
  }

  const { site, problems: hierarchy } = siteMap(entries, root);
  problems.push(...hierarchy);
  problems.push(...controlCharacters(entries));
  for (const e of entries) {
    if (!e.source || e.data === undefined) continue;
    const pageUrl = site.urlOf.get(e);
    if (e.body !== undefined) {
      problems.push(...checkMarkdown(e.body, { file: e.file, field: 'tekst', firstLine: e.bodyLine!, exactLines: true, pageUrl, publicDir }, site));
    }
    for (const path of MARKDOWN_FIELDS[e.collection] ?? []) {
      let value: unknown = e.data;
      for (const seg of path) value = (value as Record<string | number, unknown> | undefined)?.[seg];
      if (typeof value !== 'string') continue;
      problems.push(...checkMarkdown(value, { file: e.file, field: path.join('.'), firstLine: lineOf(e.source, path), exactLines: false, pageUrl, publicDir }, site));
    }
  }
  problems.push(...staleContacts(entries, options.today ?? new Date()), ...leftoverPlaceholders(entries), ...contactOwnerProblems(entries));

  const sorted = sortProblems(problems);
  return {
    errors: sorted.filter((p) => p.severity === 'fout'),
    warnings: sorted.filter((p) => p.severity === 'waarschuwing'),
    entries: entries.length,
  };
}
