// `npm run pr-report -- --base <ref>`: a Dutch Markdown report of a pull request for reviewers, in build/pr-rapport/:
// rapport.md (entries with their addresses, word diff of the visible text, check findings) and schermafbeeldingen/
// (each new or changed page in Chromium at 375 and 1280 px). Not a gate: it always writes the report.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_URL } from '../src/config.ts';
import { FACETS } from '../src/utils/databankFacets.ts';
import { facetPath } from '../src/utils/paths.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from './lib/static-server.ts';
import { checkContent } from '../src/check/index.ts';
import { sortProblems } from '../src/check/problem.ts';
import { affectedPages } from './pr/affected.ts';
import { entryChanges, otherChanges } from './pr/entryChanges.ts';
import { changedFiles, mergeBase } from './pr/git.ts';
import { siteModel } from './pr/pageModel.ts';
import { reportMarkdown, SCREEN_WIDTHS } from './pr/reportMarkdown.ts';
import { loadSnapshot } from './pr/snapshot.ts';
import { modelAt, urlProblems } from './pr/urlCheck.ts';
import { visibleText } from './pr/visibleText.ts';
import { wordDiff } from './pr/wordDiff.ts';

const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string', default: 'build/pr-rapport' }, 'no-build': { type: 'boolean', default: false } },
});
if (!values.base) {
  console.error('Gebruik: npm run pr-report -- --base <ref>   (bv. --base origin/main)');
  process.exit(2);
}
const out = resolve(values.out!);
const shots = join(out, 'schermafbeeldingen');
rmSync(out, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

const base = mergeBase(values.base);
const files = changedFiles(base);
const renames = new Map(files.filter((f) => f.status === 'R').map((f) => [f.from!, f.path]));
const baseModel = modelAt(base, '.');
const headModel = siteModel(loadSnapshot('.'));
const entries = entryChanges(baseModel, headModel, renames);
const changes = [...entries, ...otherChanges(files, entries)].sort((a, b) => a.path.localeCompare(b.path));

const diffs = new Map(entries.filter((c) => c.before && c.after).map((c) => [
  c.path, wordDiff(visibleText(baseModel.snapshot, c.before!), visibleText(headModel.snapshot, c.after!)),
]));
// A taxonomy's visible text is its labels and descriptions.
for (const c of changes.filter((x) => x.path.startsWith('content/taxonomie/') && x.kind === 'gewijzigd')) {
  const name = c.path.slice('content/taxonomie/'.length).replace(/\.yaml$/, '');
  const text = (m: typeof baseModel) => (m.snapshot.taxonomies.get(name) ?? []).map((t) => `${t.id}: ${t.label}${t.beschrijving ? ` — ${t.beschrijving}` : ''}`);
  diffs.set(c.path, wordDiff(text(baseModel), text(headModel)));
}

const check = checkContent(resolve('content'));
const errors = sortProblems([...check.errors, ...(await urlProblems(base, '.', headModel))]);

// The pages of the changed entries, for a changed organisation (no page of its own) the pages that name it.
const affected = affectedPages(baseModel, headModel);
const orgs = entries.filter((c) => c.after?.collection === 'organisaties').map((c) => `org:${c.after!.id}`);
// A changed taxonomy value has its own page: the facet page of that value.
const termPages = affected.pages.filter((p) =>
  affected.reasons.get(p)!.some((k) => FACETS.some((f) => k.startsWith(`term:${f.taxonomy}/`) && p === facetPath(f.key, k.split('/')[1]!))));
const pages = [...new Set([
  ...changes.filter((c) => c.kind !== 'verwijderd' && c.url).map((c) => c.url!),
  ...affected.pages.filter((p) => affected.reasons.get(p)!.some((k) => orgs.includes(k))),
  ...termPages,
])];
const screenshots = new Map<string, string[]>();
let screenshotNote: string | undefined;
if (pages.length && errors.length) screenshotNote = 'Geen schermafbeeldingen: los eerst de fouten hierboven op; daarna volgen ze bij de volgende push.';
else if (pages.length && !values['no-build'] && spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
  screenshotNote = 'Geen schermafbeeldingen: het bouwen van de site is mislukt (zie het logboek van deze controle).';
} else if (pages.length) {
  const server = await startServer({ dir: 'dist', createServer });
  const browser = await launchBrowser();
  try {
    for (const path of pages) {
      const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'home';
      const files: string[] = [];
      for (const width of SCREEN_WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(server.url + path, { waitUntil: 'load' });
        const file = `${slug}-${width}.png`;
        await page.screenshot({ path: join(shots, file), fullPage: true });
        await page.close();
        files.push(file);
      }
      screenshots.set(path, files);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const env = process.env;
const report = reportMarkdown({
  baseName: values.base,
  baseCommit: base,
  changes,
  diffs,
  errors,
  warnings: check.warnings,
  screenshots,
  screenshotNote,
  runUrl: env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  artifactName: 'pr-schermafbeeldingen',
  alsoAffected: affected.pages.filter((p) => !pages.includes(p)),
  siteUrl: SITE_URL.replace(/\/$/, ''),
});
writeFileSync(join(out, 'rapport.md'), report);
console.log(`Rapport geschreven: ${join(out, 'rapport.md')} (${changes.length} gewijzigde bestand(en), ${screenshots.size * SCREEN_WIDTHS.length} schermafbeelding(en))`);
