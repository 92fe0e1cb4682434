// npm run bench [-- --sizes 1000,10000 --processors unified,satteri]
// Builds a temporary copy of the repository with N synthetic good-practice fiches and reports, per
// size and Markdown processor: cold and warm build time, peak memory, Pagefind time, index size and
// dist size. Goal on the 2-core machine: 10,000 fiches built and indexed from cold in under 60 s,
// under 2 GB. Heavy: run it by hand, not in CI.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePractices } from './bench/generate.ts';
import { folderBytes, measure, type Measured } from './bench/measure.ts';
import { gzipRatio, realFiches } from './bench/textModel.ts';
import { BUDGET, pageWeights, type PageWeights } from './bench/pageWeights.ts';
import { filterTiming, type FilterTiming } from './bench/filterTiming.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    processors: { type: 'string', default: 'unified,satteri' },
    keep: { type: 'boolean', default: false },
    // Builds the copy with Astro's experimental.incrementalBuild, to compare the rebuild after one change.
    incremental: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const processors = values.processors.split(',');
const repo = resolve('.');
const GOAL = { seconds: 60, bytes: 2 * 1024 ** 3 };
// Left out of the copy: dependencies (linked instead), build output, caches and history.
const SKIP = new Set(['node_modules', 'dist', 'build', '.git', '.astro', 'archive', 'dist.old']);
// Caches that make a build warm; removed before a cold build.
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache', 'build', 'dist'];

/** A copy of the repository whose node_modules links every package of ours, but keeps its own caches. */
function makeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  for (const name of readdirSync(repo)) {
    if (!SKIP.has(name)) cpSync(join(repo, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(repo, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** One commit with everything, so "Laatst bijgewerkt" reads git history as in the real repository. */
function commitAll(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-q', '-m', 'bench');
}

/** A Pagefind timing the search integration printed during the build, if any. */
function pagefindFromLog(output: string): string | undefined {
  const lines = output.split('\n').filter((l) => /pagefind/i.test(l));
  for (const line of lines.reverse()) {
    const m = /(\d+(?:[.,]\d+)?)\s*(ms|s)\b/.exec(line.replace(/\u001b\[[0-9;]*m/g, ''));
    if (m) return m[2] === 'ms' ? (Number(m[1]!.replace(',', '.')) / 1000).toFixed(1) : m[1]!.replace(',', '.');
  }
  return undefined;
}

/**
 * Seconds the build waited for the .br/.gz copies after Pagefind, and their total time (which
 * starts when the pages are written), from the hosting integration's log line.
 */
function precompressFromLog(output: string): string {
  const line = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => /voorgecomprimeerd/.test(l)) ?? '';
  const waited = /wachtte er nog (\d+(?:\.\d+)?) s/.exec(line)?.[1];
  const total = /voorgecomprimeerd .*? in (\d+(?:\.\d+)?) s/.exec(line)?.[1];
  if (waited) return `${waited} s (van ${total} s)`;
  return total ? `${total} s` : 'n/a';
}

interface Row {
  size: number;
  processor: string;
  cold: number;
  /** CPU seconds (user + system) of the cold build and the index: what the build costs, whoever else shares the cores. */
  coldCpu: number;
  warm: number;
  /** One-minute load average when the cold build ended: over 2 means other work competed for the two cores. */
  load: number;
  peak: number;
  maxProcess: number;
  pagefind: string;
  /** Wall time of the .br/.gz copies in the cold build (what the build waited for, of the total). */
  precompress: string;
  coldPlusIndex: number;
  index: number;
  dist: number;
  pages: number;
  /** Rebuild after changing one fiche, caches warm. */
  oneFiche: number;
  /** gzip ratio of the real fiches and of the generated ones (each file compressed on its own). */
  ratio: { real: number; generated: number };
  weights?: PageWeights;
  filter?: FilterTiming;
  error?: string;
}

const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
const s = (x: number) => `${x.toFixed(1)} s`;
const rows: Row[] = [];
const env = { ASTRO_TELEMETRY_DISABLED: '1', CI: '1' };

function fail(m: Measured, what: string): string {
  return `${what} failed (exit ${m.code}): ${m.output.split('\n').slice(-15).join('\n')}`;
}

for (const size of sizes) {
  const dir = makeCopy();
  console.log(`\n== ${size} fiches in ${dir}${values.incremental ? ' (experimental.incrementalBuild)' : ''}`);
  if (values.incremental) {
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace('defineConfig({', 'defineConfig({\n  experimental: { incrementalBuild: true },'));
  }
  const real = realFiches(dir).map((f) => f.file);
  const generated = generatePractices(dir, size);
  const ratio = {
    real: gzipRatio(real),
    generated: gzipRatio(generated.map((id) => readFileSync(join(dir, 'content/goede-praktijken', `${id}.md`), 'utf8'))),
  };
  const off = Math.abs(ratio.generated / ratio.real - 1);
  console.log(`gzip-verhouding: echte fiches ${ratio.real.toFixed(3)}, gegenereerde ${ratio.generated.toFixed(3)} (${(off * 100).toFixed(1)} % verschil; doel ≤ 10 %)`);
  commitAll(dir);
  for (const processor of processors) {
    const row: Row = { size, processor, cold: 0, coldCpu: 0, warm: 0, load: 0, peak: 0, maxProcess: 0, pagefind: 'n/a', precompress: 'n/a', coldPlusIndex: 0, index: 0, dist: 0, pages: 0, oneFiche: 0, ratio };
    rows.push(row);
    for (const c of CACHES) rmSync(join(dir, c), { recursive: true, force: true });
    const build = () => measure('npm', ['run', 'build'], { cwd: dir, env: { ...env, MARKDOWN_PROCESSOR: processor } });
    console.log(`-- ${processor}: cold build …`);
    const cold = await build();
    if (cold.code !== 0) {
      row.error = fail(cold, 'cold build');
      console.log(row.error);
      continue;
    }
    const fromLog = pagefindFromLog(cold.output);
    row.precompress = precompressFromLog(cold.output);
    row.load = loadavg()[0]!;
    console.log(`-- ${processor}: warm build …`);
    const warm = await build();
    if (warm.code !== 0) row.error = fail(warm, 'warm build');
    Object.assign(row, {
      cold: cold.seconds,
      coldCpu: cold.cpuSeconds,
      warm: warm.seconds,
      peak: Math.max(cold.peakTreeBytes, warm.peakTreeBytes),
      maxProcess: Math.max(cold.maxProcessBytes, warm.maxProcessBytes),
      pages: readdirSync(join(dir, 'dist/databank'), { withFileTypes: true }).filter((e) => e.isDirectory()).length,
    });
    let indexSeconds = 0;
    if (fromLog) {
      row.pagefind = `${fromLog} s (in build)`;
    } else if (existsSync(join(dir, 'dist/pagefind'))) {
      row.pagefind = 'in build (no timing logged)';
    } else {
      // No search integration on this branch yet: index the built site with the Pagefind CLI.
      const pf = await measure(join(dir, 'node_modules/.bin/pagefind'), ['--site', 'dist'], { cwd: dir, env });
      if (pf.code === 0) {
        indexSeconds = pf.seconds;
        row.coldCpu += pf.cpuSeconds;
        row.pagefind = `${s(pf.seconds)} (CLI, after build)`;
        row.peak = Math.max(row.peak, pf.peakTreeBytes);
      } else row.pagefind = `CLI failed (exit ${pf.code})`;
    }
    row.coldPlusIndex = row.cold + indexSeconds;
    row.index = folderBytes(join(dir, 'dist/pagefind'));
    row.dist = folderBytes(join(dir, 'dist'));
    row.weights = pageWeights(join(dir, 'dist'));
    console.log(`-- ${processor}: filter click timing in Chromium (4× CPU slowdown) …`);
    row.filter = await filterTiming(join(dir, 'dist')).catch((e: unknown) => {
      console.log(`filter timing failed: ${String(e)}`);
      return undefined;
    });
    // The edit an editor makes most: one fiche changed, everything else as it was.
    console.log(`-- ${processor}: rebuild after changing one fiche …`);
    const changed = join(dir, 'content/goede-praktijken', `${generated[Math.floor(generated.length / 2)]}.md`);
    appendFileSync(changed, `\nEen zin die een redacteur toevoegde (${processor}).\n`);
    const one = await build();
    if (one.code !== 0) row.error = fail(one, 'rebuild after one change');
    row.oneFiche = one.seconds;
    console.log(JSON.stringify(row));
  }
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const table = [
  '| Fiches | Markdown | Koud bouwen | Warm bouwen | Piekgeheugen (boom) | Grootste proces | Pagefind | Voorcomprimeren | Koud + index | CPU koud + index | Belasting | Index | dist | Doel (< 60 s, < 2 GB) |',
  '| ---: | --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) =>
    r.error && !r.cold
      ? `| ${r.size} | ${r.processor} | mislukt | | | | | | | | | |`
      : `| ${r.size} | ${r.processor} | ${s(r.cold)} | ${s(r.warm)} | ${mb(r.peak)} | ${mb(r.maxProcess)} | ${r.pagefind} | ${r.precompress} | ${s(r.coldPlusIndex)} | ${s(r.coldCpu)} | ${r.load.toFixed(1)} | ${mb(r.index)} | ${mb(r.dist)} | ${
          r.size >= 10000 ? (r.coldPlusIndex < GOAL.seconds && r.peak < GOAL.bytes ? 'gehaald' : 'niet gehaald') : '' } |`,
  ),
].join('\n');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const budgets = [
  '| Fiches | gzip echt / gegenereerd | Pagina\'s | Grootste pagina (gzip, ruw) | /databank/ | Boven budget | Filterindex | + samenvattingen 1e pagina | Alle samenvattingen | Filterklik (1e / mediaan / max) | Eén fiche gewijzigd |',
  '| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows
    .filter((r) => r.weights)
    .map((r) => {
      const w = r.weights!;
      const f = r.filter;
      return `| ${r.size} | ${r.ratio.real.toFixed(3)} / ${r.ratio.generated.toFixed(3)} | ${w.pages} | ${kb(w.largest.bytes)} (${kb(w.largest.raw)}) \`${w.largest.path}\` | ${kb(w.listing)} | ${w.overBudget.length} | ${kb(w.filter.index)} | ${kb(w.filter.index + w.filter.firstPart)} | ${kb(w.filter.allParts)} (${w.filter.parts} delen) | ${
        f ? `${f.firstMs.toFixed(0)} / ${f.medianMs.toFixed(0)} / ${f.maxMs.toFixed(0)} ms (met samenvattingen ${f.completeMs.toFixed(0)} ms)` : 'mislukt' } | ${s(r.oneFiche)} |`;
    }),
].join('\n');
const overBudget = rows.flatMap((r) => (r.weights?.overBudget ?? []).slice(0, 5).map((o) => `${r.size}: ${o.path} ${kb(o.bytes)}`));
console.log(`\n${table}\n\nBudgetten: elke pagina ≤ ${kb(BUDGET.page)}, /databank/ ≤ ${kb(BUDGET.listing)}, filterdata ≤ ${kb(BUDGET.filterData)} (1.000 fiches), filterklik < 100 ms\n\n${budgets}\n`);
if (overBudget.length) console.log(`Boven budget (grootste eerst):\n${overBudget.join('\n')}\n`);
mkdirSync('build/bench', { recursive: true });
writeFileSync('build/bench/results.md', `${table}\n\n${budgets}\n`);
writeFileSync('build/bench/results.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
console.log('Resultaten ook in build/bench/results.md en build/bench/results.json');
