// The content check and the build agree on generated entries (tests/support/fuzz): every case the
// check accepts is built, together, in one fixture site and renders no markup of its own; a sample of
// the cases it rejects each fails `astro build`; the same data in another notation renders the same
// page. Builds are the cost: one for the accepted cases, one per rejected sample (FUZZ_BUILD_REJECTED,
// 5 by default). FUZZ_BUILD_CASES sets how many cases are generated (300), FUZZ_SEED repeats a run.
import { runSeed } from '../../support/fuzz/runSeed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { parse } from 'yaml';
import { checkContent, formatProblem } from '../../../src/check/index.ts';
import { splitFrontMatter } from '../../../src/check/source.ts';
import { buildSchemas } from '../../../src/check/schemas.ts';
import { collectionInfo } from '../../../src/collections.ts';
import { FUZZ_TODAY, seedRoots, writeRoot } from '../../support/fuzz/base.ts';
import { caseArbitrary, notation, parseSeed, type FuzzCase } from '../../support/fuzz/mutations.ts';
import { checkCase } from '../../support/fuzz/run.ts';
import { astroBuild, builtPages, injectedMarkup, mainOf, removeCopy, siteCopy } from '../../support/fuzz/site.ts';

const CASES = Number(process.env.FUZZ_BUILD_CASES ?? 300);
const REJECTED = Number(process.env.FUZZ_BUILD_REJECTED ?? 5);
const SEED = runSeed();
console.info(`fuzz-build: ${CASES} cases, ${REJECTED} rejected builds, seed ${SEED} (repeat with FUZZ_SEED=${SEED})`);

const roots = seedRoots();
const schemas = buildSchemas(roots[0]!.root, new Map());
const seeds = roots.map((r) => parseSeed(r.entry, schemas[collectionInfo(r.entry.collection).schema]));
const rootOf = new Map(roots.map((r) => [r.entry.file, r]));
const baseFiles = [...new Set(roots.flatMap((r) => r.files))];

const cases = fc.sample(caseArbitrary(seeds), { seed: SEED, numRuns: CASES });
const verdicts = cases.map((c) => ({ c, errors: checkCase(rootOf.get(c.seed)!, c).errors }));
const accepted = verdicts.filter((v) => !v.errors.length).map((v) => v.c);
// One rejected case per kind of mutation, as far as the sample reaches, so the builds see different mistakes.
const rejected = [...new Map(verdicts.filter((v) => v.errors.length).map((v) => [v.c.kind.split(' ')[0], v.c])).values()].slice(0, REJECTED);

/** Whether an accepted Markdown case is a draft (no page), read as the check reads its front matter. */
const isDraft = (text: string) => {
  const yaml = splitFrontMatter(text)?.yaml;
  return yaml !== undefined && (parse(yaml, { schema: 'core' }) as { draft?: unknown } | null)?.draft === true;
};

/** A new, unique name for an accepted case, so they can all be built side by side. */
const nameOf = (c: FuzzCase, i: number) => `${dirname(c.file)}/fz${i}-${basename(c.file, extname(c.file))}${extname(c.file)}`;

// The notation variants: every seed with a page, once, in a random legal notation, next to the original.
const pageSeeds = seeds.filter((s) => s.markdown);
const variants = pageSeeds.map((s, i) => ({ seed: s, c: fc.sample(notation(s), { seed: SEED + i, numRuns: 1 })[0]! }));
const variantName = (file: string) => file.replace(/(\.md)$/, '-notatie$1');

const copies: string[] = [];
let site: { code: number; output: string; seconds: number; pages: Map<string, string> };
let root: string;
const timings: number[] = [];

beforeAll(async () => {
  const extra: Record<string, string> = {};
  accepted.forEach((c, i) => (extra[nameOf(c, i)] = c.text));
  for (const v of variants) extra[variantName(v.seed.entry.file)] = v.c.text;
  root = writeRoot(baseFiles, extra);
  const dir = siteCopy(root);
  copies.push(dir);
  const result = await astroBuild(dir);
  timings.push(result.seconds);
  site = { ...result, pages: builtPages(dir) };
}, 900_000);

afterAll(() => {
  console.info(`fuzz-build: ${accepted.length} accepted cases built in ${timings[0]?.toFixed(1)} s; rejected builds: ${timings.slice(1).map((t) => `${t.toFixed(1)} s`).join(', ')}; total ${timings.reduce((a, b) => a + b, 0).toFixed(1)} s`);
  for (const d of copies) removeCopy(d);
  rmSync(dirname(root), { recursive: true, force: true });
  for (const r of roots) rmSync(dirname(r.root), { recursive: true, force: true });
});

describe('the content check and the build on generated entries', () => {
  it('recognises markup that content put on a page', () => {
    for (const html of ['<p onclick="x()">a</p>', '<p style="color:red">a</p>', '<script>alert(1)</script>', '<iframe src="/"></iframe>', '<a href="javascript:alert(1)">a</a>', '<b>vet</b>',
      '<p>a</p><link rel="icon" href="data:text/html,x">']) {
      expect(injectedMarkup(html), html).not.toEqual([]);
    }
    expect(injectedMarkup('<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="/x/">x</a></p><script type="module" src="/a.js"></script>')).toEqual([]);
    // The layout's favicon, inlined as a data URL in the head.
    expect(injectedMarkup('<html><head><link rel="icon" href="data:image/svg+xml,%3Csvg%3E"></head><body><p>a</p></body></html>')).toEqual([]);
  });

  it('accepts the accepted cases also all together, next to each other', () => {
    expect(accepted.length).toBeGreaterThan(0);
    const r = checkContent(root, { today: FUZZ_TODAY });
    expect(r.errors.map((p) => formatProblem(p, dirname(root)))).toEqual([]);
  });

  it('builds every case the check accepts, in one fixture site, each published one with its page', () => {
    expect(site.code, site.output.slice(-3000)).toBe(0);
    const paths = [...site.pages.keys()].map((p) => `/${p}`);
    const missing = accepted
      .map((c, i) => ({ c, slug: basename(nameOf(c, i), extname(c.file)) }))
      .filter(({ c }) => c.file.endsWith('.md') && !isDraft(c.text))
      .filter(({ slug }) => !paths.some((p) => p.endsWith(`/${slug}/index.html`)));
    expect(missing.map(({ c, slug }) => `${slug}: ${c.kind}`)).toEqual([]);
  });

  it('renders no markup, script, event handler or unsafe link from the accepted cases', () => {
    const found = [...site.pages].flatMap(([page, html]) => injectedMarkup(html).map((m) => `${page}: ${m}`));
    expect(found).toEqual([]);
  });

  it('renders the same page for the same data written in another notation', () => {
    for (const { seed, c } of variants) {
      const id = seed.entry.id;
      // The page itself, not one of the redirect pages from an old address that ends the same way.
      const pageOf = (slug: string) => [...site.pages].find(([p, html]) => `/${p}`.endsWith(`/${slug}/index.html`) && !/http-equiv="refresh"/i.test(html))?.[1];
      // Child pages point at the original by its id, so only the original lists them; that is not notation.
      const normal = (html: string | undefined) =>
        mainOf(html ?? '')?.replace(/<nav aria-labelledby="onderliggend-titel"[\s\S]*?<\/nav>/, '').replaceAll(`${id}-notatie`, 'ID').replaceAll(id, 'ID');
      const original = normal(pageOf(id));
      expect(original, `no page for ${id}`).toBeDefined();
      expect(normal(pageOf(`${id}-notatie`)), `${c.kind}\n${JSON.stringify(c.text)}`).toBe(original);
    }
  });

  // The engine's verdicts are the unit test's; this is the command around it, so two rejected cases suffice.
  it('npm run check exits with 0 on the accepted cases and with 1 on rejected ones, without a stack trace', async () => {
    const cli = (contentRoot: string) => new Promise<{ code: number; output: string }>((done) =>
      execFile(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-content.ts'], { env: { ...process.env, CONTENT_ROOT: contentRoot } },
        (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` })));
    const ok = await cli(root);
    expect(ok.code, ok.output).toBe(0);
    for (const c of rejected.slice(0, 2)) {
      const r = writeRoot(baseFiles.filter((f) => f !== c.seed), { [c.file]: c.text });
      const result = await cli(r);
      rmSync(dirname(r), { recursive: true, force: true });
      expect(result.code, `${c.kind}\n${result.output}`).toBe(1);
      expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(result.output).toMatch(/^Fouten \(\d+\)/m);
    }
  }, 300_000);

  it('fails the build for every rejected case of the sample, each in a build of its own', async () => {
    expect(rejected.length).toBe(Math.min(REJECTED, rejected.length));
    for (const c of rejected) {
      const r = writeRoot(baseFiles.filter((f) => f !== c.seed), { [c.file]: c.text });
      const dir = siteCopy(r);
      copies.push(dir);
      rmSync(dirname(r), { recursive: true, force: true });
      const result = await astroBuild(dir);
      timings.push(result.seconds);
      expect(result.code, `${c.kind}: the build passed\n${JSON.stringify(c.text).slice(0, 2000)}`).not.toBe(0);
      expect(builtPages(dir).size, `${c.kind}: pages were written`).toBe(0);
      // Stopped by the same check, with its report, not by some later step.
      expect(result.output, c.kind).toContain('De inhoud bevat fouten; de site wordt niet gebouwd.');
      // Deleted before the next build: a copy with links to node_modules is small, but five add up.
      removeCopy(dir);
    }
  }, 900_000);
});
