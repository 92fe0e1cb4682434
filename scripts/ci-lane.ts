// `npm run ci:lane -- --base <ref>`: the verdict on a pull request. When only content changed (content/, images it
// shows, src/redirects.ts): content check with the URL rule, build, and the gates (html-validate, axe, weight,
// internal links) on the pages the change touches. Anything else, or no --base (main): the full suite, as .ci/run.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/index.ts';
import { sortProblems } from '../src/check/problem.ts';
import { reportLines } from '../src/check/report.ts';
import { affectedPages } from './pr/affected.ts';
import { changedFiles, mergeBase } from './pr/git.ts';
import { chooseLane, REDIRECTS_FILE } from './pr/lane.ts';
import { siteModel, type SiteModel } from './pr/pageModel.ts';
import { loadSnapshot } from './pr/snapshot.ts';
import { modelAt, urlProblems } from './pr/urlCheck.ts';

/** The gates of the full suite that the content lane runs on the selected pages (tests/support/sitemap.ts). */
const GATE_TESTS = ['tests/e2e/html-validate.test.ts', 'tests/a11y/axe.test.ts', 'tests/e2e/weight.test.ts', 'tests/e2e/links.test.ts'];

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const finish = (ok: boolean, what: string): never => {
  console.log(`\nOordeel (${what}): ${ok ? 'in orde' : 'NIET in orde'} na ${seconds()}`);
  process.exit(ok ? 0 : 1);
};

/** What .ci/run runs after npm ci: the type check, then every other test. */
const fullSuite = () => run('npm', ['run', 'test:types']) === 0 && run('npm', ['test', '--', '--project', 'unit', '--project', 'browser']) === 0;

const { values } = parseArgs({ options: { base: { type: 'string' } } });
if (!values.base) {
  console.log('Geen --base: de volledige controle, zoals op main.');
  finish(fullSuite(), 'volledige controle');
}

const base = mergeBase(values.base!);
const files = changedFiles(base);
const baseModel = modelAt(base, '.');
const headModel = siteModel(loadSnapshot('.'));
const imagesOf = (m: SiteModel) => [...m.pages.values()].flatMap((keys) => [...keys].filter((k) => k.startsWith('file:')).map((k) => k.slice(5)));
const lane = chooseLane(files, new Set([...imagesOf(baseModel), ...imagesOf(headModel)]));
console.log(`${files.length} gewijzigde bestand(en) ten opzichte van ${values.base} (${base.slice(0, 10)}).`);

if (lane.lane === 'volledig') {
  console.log(`Volledige controle: ${lane.reason}.`);
  const urls = run('npx', ['tsx', 'scripts/check-content.ts', '--base', base]);
  finish(urls === 0 && fullSuite(), 'volledige controle');
}

console.log('Alleen inhoud gewijzigd: de inhoudsbaan.\n\n1. Inhoud en webadressen controleren');
const result = checkContent(resolve('content'));
result.errors = sortProblems([...result.errors, ...(await urlProblems(base, '.', headModel))]);
console.log(reportLines(result, process.env.GITHUB_ACTIONS === 'true').join('\n'));
if (result.errors.length) finish(false, 'inhoudsbaan');

const affected = affectedPages(baseModel, headModel);
console.log(`\n2. Geraakte pagina's (${affected.pages.length}):`);
for (const p of affected.pages) console.log(`   ${p}  ← ${affected.reasons.get(p)!.join(', ')}`);
if (process.env.GITHUB_STEP_SUMMARY) {
  const rows = affected.pages.map((p) => `- \`${p}\``).join('\n');
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### Inhoudsbaan: ${affected.pages.length} geraakte pagina('s)\n\n${rows}\n`);
}

console.log(`\n3. Site bouwen (${seconds()})`);
if (run('npm', ['run', 'build']) !== 0) finish(false, 'inhoudsbaan');

const tests = [...GATE_TESTS, ...(files.some((f) => f.path === REDIRECTS_FILE) ? ['tests/e2e/redirects.test.ts'] : [])];
if (affected.pages.length === 0 && tests.length === GATE_TESTS.length) {
  console.log('\n4. Geen gepubliceerde pagina verandert: niets om na te kijken in de browser.');
  finish(true, 'inhoudsbaan');
}
const list = join('build', 'gate-pages.txt');
mkdirSync('build', { recursive: true });
writeFileSync(list, `${affected.pages.join('\n')}\n`);
console.log(`\n4. html-validate, axe, gewicht en interne links op de geraakte pagina's (${seconds()})`);
// The same servers and browser as npm test: Chromium for axe, nginx for the weight budget.
for (const ensure of ['scripts/ensure-chromium.ts', 'scripts/ensure-nginx.ts']) if (run('npx', ['tsx', ensure]) !== 0) finish(false, 'inhoudsbaan');
finish(run('npx', ['vitest', 'run', '--project', 'browser', ...tests], { GATE_PAGES: resolve(list) }) === 0, 'inhoudsbaan');
