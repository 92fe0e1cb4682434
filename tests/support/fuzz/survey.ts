// Development aid: `N=20000 SEED=7 npx tsx tests/support/fuzz/survey.ts` runs the generator without stopping at the
// first failure and prints every kind of failure found (throws, stack traces, accepted invalid cases, malformed
// findings), grouped, with one example each. The tests (tests/unit/check/fuzz*.test.ts) stop at the first and shrink it.
import fc from 'fast-check';
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';
import { buildSchemas } from '../../../src/check/schemas.ts';
import { collectionInfo } from '../../../src/collections.ts';
import { formatProblem } from '../../../src/check/problem.ts';
import { seedRoots } from './base.ts';
import { caseArbitrary, parseSeed } from './mutations.ts';
import { checkCase, formProblems } from './run.ts';
const N = Number(process.env.N ?? 3000), SEED = Number(process.env.SEED ?? 7);
const roots = seedRoots();
const schemas = buildSchemas(roots[0]!.root, new Map());
const seeds = roots.map((r) => parseSeed(r.entry, schemas[collectionInfo(r.entry.collection).schema]));
const rootOf = new Map(roots.map((r) => [r.entry.file, r]));
const groups = new Map<string, { n: number; ex: string }>();
const add = (k: string, ex: string) => { const g = groups.get(k) ?? { n: 0, ex }; g.n++; groups.set(k, g); };
let accepted = 0; const t = performance.now();
const kinds = new Map<string, number>();
for (const c of fc.sample(caseArbitrary(seeds), { seed: SEED, numRuns: N })) {
  const k0 = c.kind.replace(/[:"].*$/s, '').slice(0, 40); kinds.set(k0, (kinds.get(k0) ?? 0) + 1);
  const v = checkCase(rootOf.get(c.seed)!, c);
  const ex = JSON.stringify(c).slice(0, 700);
  if (v.thrown) { add('THROW ' + String((v.thrown as Error).stack).split('\n').slice(0, 3).join(' | '), ex); continue; }
  if (/^\s+at .+:\d+:\d+\)?$|Error:/m.test(v.report.join('\n'))) add('STACK', ex);
  if (c.invalid && !v.errors.length) add('ACCEPTED ' + c.kind.slice(0, 60), ex);
  if (!v.errors.length) accepted++;
  for (const p of [...v.errors, ...v.warnings]) for (const f of formProblems(p, v, dirname(rootOf.get(c.seed)!.root))) add('FORM ' + f.replace(/\d+/g, 'N') + ' [' + p.field.slice(0, 20) + '] ' + p.message.slice(0, 40), JSON.stringify(formatProblem(p)).slice(0, 300) + '\n   ' + ex);
}
console.log(`${N} cases in ${((performance.now() - t) / 1000).toFixed(1)} s, accepted ${accepted}`);
console.log([...kinds].map(([k, n]) => `${k}:${n}`).join(', '));
for (const [k, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) console.log(`\n== ${g.n}x ${k}\n   ${g.ex}`);
for (const r of roots) rmSync(dirname(r.root), { recursive: true, force: true });
