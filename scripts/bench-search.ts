// npm run bench:search [-- --entries 10000 --runs 7 --keep]
// Builds a temporary copy of the repository with N synthetic good-practice fiches (never in the
// repository), then measures search as a visitor meets it in headless Chromium: index size, bytes
// transferred before the first query, for the first query and for a refined one, and the time
// from typing to the first result. Goal: first query under 150 KB and under 300 ms.
// Heavy: run it by hand, not in CI. Figures are written to docs/search-bench.md.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { generatePractices } from './bench/generate.ts';
import { startServer } from './lib/static-server.ts';
import { launchBrowser } from './lib/chromium.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    keep: { type: 'boolean', default: false },
  },
});
const ENTRIES = Number(values.entries);
const RUNS = Math.max(5, Number(values.runs));
// A word in many synthetic titles, then narrowed by a place, the way people refine a search.
const FIRST_QUERY = 'buurtgesprekken';
const REFINED_QUERY = 'buurtgesprekken gent';
const GOAL = { firstKB: 150, firstMs: 300 };
/** Start of the hand-written part of docs/search-bench.md, kept when the figures are rewritten. */
const NOTES_MARKER = '<!-- Toelichting: blijft staan bij een nieuwe meting. -->';
/** Time between keys when typing like a person (about 100 words a minute is fast already). */
const HUMAN_KEY_MS = 120;
const repo = resolve('.');
const SKIP = new Set(['node_modules', 'dist', 'build', '.git', '.astro', 'archive']);

/** A copy of the repository; node_modules links each package so the copy keeps its own caches. */
function makeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-zoeken-'));
  for (const name of readdirSync(repo)) if (!SKIP.has(name)) cpSync(join(repo, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(repo, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/**
 * Bytes on the wire per phase, from Chromium's own accounting (CDP Network events, which
 * Playwright reports for the page and for Pagefind's web worker alike): body as transferred
 * (compressed) plus response headers.
 */
class Transfer {
  total = 0;
  /** Bytes per request, for the breakdown of the first run. */
  log: { url: string; bytes: number; at: number }[] = [];
  private pending: Promise<void>[] = [];
  constructor(context: BrowserContext) {
    context.on('requestfinished', (request) => {
      this.pending.push(
        request.sizes().then((s) => {
          const bytes = s.responseBodySize + s.responseHeadersSize;
          this.total += bytes;
          this.log.push({ url: new URL(request.url()).pathname, bytes, at: this.total });
        }),
      );
    });
  }
  async settle(): Promise<number> {
    await Promise.all(this.pending);
    return this.total;
  }
}

interface Run {
  beforeQuery: number;
  /** Up to the moment the first results are on screen. */
  toFirstResults: number;
  /** Until the network is quiet: with the filter lists and their counts. */
  firstQuery: number;
  refined: number;
  /** Typed as fast as the keyboard allows, from the first key: the engine loads while the visitor waits. */
  firstMs: number;
  /** Typed at a person's pace, from the last key: the engine loads while the visitor types. */
  humanMs: number;
  refinedMs: number;
  results: number;
  /** Requests of the first query, largest first. */
  breakdown: { url: string; bytes: number }[];
}

/**
 * Installs timers in the page: the first or the last keydown of a phase, and the first moment
 * after it that a result for the final query is in the list (the URL carries the query before
 * its search starts, so results of a query typed halfway do not count).
 */
async function arm(page: Page, from: 'first' | 'last', query: string): Promise<void> {
  await page.evaluate(
    ([from, query]) => {
      const w = window as unknown as { __bench: { t0?: number; t1?: number } };
      w.__bench = {};
      const input = document.querySelector('#zoekterm')!;
      const list = document.querySelector('[data-results]')!;
      input.addEventListener('keydown', () => {
        if (from === 'last' || w.__bench.t0 === undefined) w.__bench.t0 = performance.now();
      });
      new MutationObserver((records, obs) => {
        const added = records.some((r) => r.addedNodes.length > 0);
        if (added && new URL(location.href).searchParams.get('q') === query && input instanceof HTMLInputElement && input.value === query) {
          w.__bench.t1 = performance.now();
          obs.disconnect();
        }
      }).observe(list, { childList: true });
    },
    [from, query] as const,
  );
}

async function elapsed(page: Page): Promise<number> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number; t1: number } }).__bench;
    return b.t1 - b.t0;
  });
}

async function ready(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const el = document.querySelector('site-search');
    return el?.hasAttribute('data-ready') && new URLSearchParams(el.getAttribute('data-ready')!).get('q') === q;
  }, query, { timeout: 30_000 });
}

async function measureRun(url: string): Promise<Run> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const transfer = new Transfer(context);
    const page = await context.newPage();
    await page.goto(`${url}/zoeken/`, { waitUntil: 'networkidle' });
    const beforeQuery = await transfer.settle();

    await arm(page, 'first', FIRST_QUERY);
    await page.locator('#zoekterm').click();
    await page.keyboard.type(FIRST_QUERY);
    await page.waitForSelector('.resultaat');
    const atFirstResults = await transfer.settle();
    await ready(page, FIRST_QUERY);
    const firstMs = await elapsed(page);
    await page.waitForLoadState('networkidle');
    const afterFirst = await transfer.settle();
    const results = await page.locator('.resultaat').count();

    await arm(page, 'last', REFINED_QUERY);
    await page.keyboard.type(REFINED_QUERY.slice(FIRST_QUERY.length), { delay: HUMAN_KEY_MS });
    await ready(page, REFINED_QUERY);
    const refinedMs = await elapsed(page);
    await page.waitForLoadState('networkidle');
    const afterRefined = await transfer.settle();
    // The same first query in a fresh context, typed at a person's pace.
    const human = await browser.newContext();
    const humanPage = await human.newPage();
    await humanPage.goto(`${url}/zoeken/`, { waitUntil: 'networkidle' });
    await arm(humanPage, 'last', FIRST_QUERY);
    await humanPage.locator('#zoekterm').click();
    await humanPage.keyboard.type(FIRST_QUERY, { delay: HUMAN_KEY_MS });
    await ready(humanPage, FIRST_QUERY);
    const humanMs = await elapsed(humanPage);
    await human.close();

    const breakdown = transfer.log
      .filter((r) => r.at > beforeQuery && r.at <= afterFirst)
      .map(({ url, bytes }) => ({ url: url.replace(/\/pagefind\/(fragment|index|filter)\/.*/, '/pagefind/$1/…'), bytes }))
      .reduce((acc, r) => acc.set(r.url, (acc.get(r.url) ?? 0) + r.bytes), new Map<string, number>());
    return {
      beforeQuery,
      toFirstResults: atFirstResults - beforeQuery,
      firstQuery: afterFirst - beforeQuery,
      refined: afterRefined - afterFirst,
      firstMs,
      humanMs,
      refinedMs,
      results,
      breakdown: [...breakdown].map(([url, bytes]) => ({ url, bytes })).sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    await browser.close();
  }
}

const dir = makeCopy();
console.log(`Kopie: ${dir}`);
try {
  const generated = generatePractices(dir, ENTRIES);
  console.log(`${generated.length} synthetische goede praktijken aangemaakt`);
  const started = performance.now();
  const output = execFileSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const buildSeconds = (performance.now() - started) / 1000;
  const line = /\[pagefind\] indexed (\d+) pages in (\d+) ms/.exec(output);
  if (!line) throw new Error('de build meldde geen [pagefind]-regel');
  const index = folderBytes(join(dir, 'dist/pagefind'));
  const words = folderBytes(join(dir, 'dist/pagefind/woorden'));

  const server = await startServer({ dir: join(dir, 'dist'), createServer });
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await measureRun(server.url);
      runs.push(run);
      console.log(
        `  run ${i + 1}: eerste zoekopdracht ${kb(run.firstQuery)} in ${run.firstMs.toFixed(0)} ms (op mensentempo ${run.humanMs.toFixed(0)} ms), verfijnd ${kb(run.refined)} in ${run.refinedMs.toFixed(0)} ms`,
      );
    }
  } finally {
    await server.close();
  }

  const m = {
    before: median(runs.map((r) => r.beforeQuery)),
    first: median(runs.map((r) => r.firstQuery)),
    toResults: median(runs.map((r) => r.toFirstResults)),
    refined: median(runs.map((r) => r.refined)),
    firstMs: median(runs.map((r) => r.firstMs)),
    humanMs: median(runs.map((r) => r.humanMs)),
    refinedMs: median(runs.map((r) => r.refinedMs)),
  };
  const verdict = (ok: boolean) => (ok ? 'gehaald' : 'NIET gehaald');
  const rows: [string, string][] = [
    ['Synthetische goede praktijken', String(ENTRIES)],
    ['Geïndexeerde pagina\'s', line[1]!],
    ['Indexeren (Pagefind)', `${line[2]} ms`],
    ['Volledige build', `${buildSeconds.toFixed(1)} s`],
    ['Index op schijf (dist/pagefind)', `${(index.bytes / 1024 ** 2).toFixed(1)} MB in ${index.files} bestanden`],
    ['Woordenlijst voor tikfouten', `${kb(words.bytes)} in ${words.files} bestanden (per beginletter)`],
    ['/zoeken/ vóór de eerste zoekopdracht', kb(m.before)],
    [`Eerste zoekopdracht ‘${FIRST_QUERY}’, tot de eerste resultaten`, `${kb(m.toResults)} (doel < ${GOAL.firstKB} KB: ${verdict(m.toResults < GOAL.firstKB * 1024)})`],
    [`Eerste zoekopdracht ‘${FIRST_QUERY}’, met filterlijsten`, `${kb(m.first)} (doel < ${GOAL.firstKB} KB: ${verdict(m.first < GOAL.firstKB * 1024)})`],
    [`Verfijnd tot ‘${REFINED_QUERY}’`, kb(m.refined)],
    ['Tikken → eerste resultaat, in één ruk getikt, vanaf de eerste toets', `${m.firstMs.toFixed(0)} ms (doel < ${GOAL.firstMs} ms: ${verdict(m.firstMs < GOAL.firstMs)})`],
    [`Tikken → eerste resultaat, ${HUMAN_KEY_MS} ms per toets, vanaf de laatste toets`, `${m.humanMs.toFixed(0)} ms (doel < ${GOAL.firstMs} ms: ${verdict(m.humanMs < GOAL.firstMs)})`],
    [`Verfijnen → eerste resultaat (${HUMAN_KEY_MS} ms per toets, vanaf de laatste toets)`, `${m.refinedMs.toFixed(0)} ms`],
  ];
  for (const r of runs[0]!.breakdown) console.log(`  ${r.url.padEnd(48)} ${kb(r.bytes)}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);

  const doc = `# Zoeken: benchmark

Gemeten met \`npm run bench:search\` op ${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPU-kernen
(${cpus()[0]?.model ?? 'onbekend'}), headless Chromium, ${RUNS} metingen per cijfer (mediaan), telkens met een
lege browsercache. De site is een tijdelijke kopie met ${ENTRIES} synthetische goede praktijken
(\`scripts/bench/generate.ts\`) naast de echte inhoud; die kopie komt nooit in de repository.

| Meting | Waarde |
| --- | --- |
${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}

Hoe er gemeten wordt:

- **Bytes** zijn wat over de lijn gaat (gecomprimeerde body plus response-headers), zoals Chromium het
  via CDP rapporteert, ook voor de verzoeken van Pagefinds web worker. *Vóór de eerste zoekopdracht* is
  het laden van /zoeken/ zonder interactie; *eerste zoekopdracht* telt alles vanaf de klik in het
  zoekvak, eerst tot de eerste resultaten er staan (pagefind.js, worker, WebAssembly, metadata, index,
  woordenlijst, fragmenten), dan tot ook de filterlijsten met hun aantallen geladen zijn en het
  netwerk stil is; *verfijnd* telt wat er daarna bij komt, inclusief de tussenstappen die een
  bezoeker op mensentempo tikt.
- **Tijd** loopt tot het eerste resultaat in de lijst staat, gemeten in de pagina (performance.now),
  op twee manieren. *In één ruk getikt, vanaf de eerste toets* is het slechtste geval: de zoekmachine
  (pagefind.js, WebAssembly, index) begint pas te laden bij de klik in het zoekvak, vlak voor het tikken.
  *Op mensentempo, vanaf de laatste toets* is wat een bezoeker ervaart: de zoekmachine laadt terwijl hij
  tikt. Beide omvatten de pauze na een toets waarna de pagina zoekt (150 ms, vanaf drie tekens), zodat
  niet elke toetsaanslag een zoekopdracht start. De verfijning wordt op mensentempo getikt en gemeten vanaf de
  laatste toets.

Waar de bytes van de eerste zoekopdracht heen gaan (eerste meting; fragment, index en filter samengeteld):

| Bestand | Bytes |
| --- | --- |
${runs[0]!.breakdown.map((r) => `| ${r.url} | ${kb(r.bytes)} |`).join('\n')}

Per meting:

| # | vóór | tot resultaten | met filters | ms (één ruk) | ms (mensentempo) | verfijnd | ms |
| --- | --- | --- | --- | --- | --- | --- | --- |
${runs.map((r, i) => `| ${i + 1} | ${kb(r.beforeQuery)} | ${kb(r.toFirstResults)} | ${kb(r.firstQuery)} | ${r.firstMs.toFixed(0)} | ${r.humanMs.toFixed(0)} | ${kb(r.refined)} | ${r.refinedMs.toFixed(0)} |`).join('\n')}
`;
  mkdirSync(join(repo, 'docs'), { recursive: true });
  // The explanation written by hand below the marker stays; only the measured part is replaced.
  const file = join(repo, 'docs/search-bench.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  writeFileSync(file, `${doc}\n${notes}`);
  console.log('Cijfers bewaard in docs/search-bench.md');
} finally {
  if (values.keep) console.log(`Kopie bewaard: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
