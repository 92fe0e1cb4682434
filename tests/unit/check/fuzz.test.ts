// Property-based tests of the content check: thousands of generated bad entries, mutated from real
// valid ones (tests/support/fuzz). FUZZ_RUNS sets the number of cases (2,000 by default), FUZZ_SEED
// repeats a run (by default the seed comes from the commit under test, tests/support/fuzz/runSeed.ts);
// a failure prints its seed and the shrunk case.
import { runSeed } from '../../support/fuzz/runSeed';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSchemas } from '../../../src/check/schemas.ts';
import { collectionInfo } from '../../../src/collections.ts';
import { formatProblem } from '../../../src/check/problem.ts';
import { seedRoots } from '../../support/fuzz/base.ts';
import { caseArbitrary, parseSeed, type FuzzCase } from '../../support/fuzz/mutations.ts';
import { checkCase, formProblems, type Verdict } from '../../support/fuzz/run.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = runSeed();
console.info(`fuzz: ${RUNS} cases per property, seed ${SEED} (repeat with FUZZ_SEED=${SEED})`);

const roots = seedRoots();
const schemas = buildSchemas(roots[0]!.root, new Map());
const seeds = roots.map((r) => parseSeed(r.entry, schemas[collectionInfo(r.entry.collection).schema]));
const arbitrary = caseArbitrary(seeds);
const rootOf = new Map(roots.map((r) => [r.entry.file, r]));

// The same seed generates the same cases for every property, so each case is checked once.
const verdicts = new Map<string, Verdict>();
function verdict(c: FuzzCase): Verdict {
  const key = `${c.file}\0${c.text}`;
  let v = verdicts.get(key);
  if (!v) verdicts.set(key, (v = checkCase(rootOf.get(c.seed)!, c)));
  return v;
}
const cwd = (c: FuzzCase) => dirname(rootOf.get(c.seed)!.root);
const run = (property: (c: FuzzCase) => void) => fc.assert(fc.property(arbitrary, property), { seed: SEED, numRuns: RUNS });
const TIMEOUT = 600_000;

afterAll(() => {
  const all = [...verdicts.values()];
  console.info(`fuzz: ${all.length} distinct cases checked, ${all.filter((v) => v.errors.length).length} rejected`);
  for (const r of roots) rmSync(dirname(r.root), { recursive: true, force: true });
});

describe('the content check on generated entries', () => {
  it('never throws', () => {
    run((c) => {
      const v = verdict(c);
      expect(v.thrown, String((v.thrown as Error | undefined)?.stack)).toBeUndefined();
    });
  }, TIMEOUT);

  it('never prints a stack trace', () => {
    run((c) => {
      expect(verdict(c).report.join('\n')).not.toMatch(/^\s+at .+:\d+:\d+\)?$|Error:/m);
    });
  }, TIMEOUT);

  it('rejects every generated entry that is invalid', () => {
    run((c) => {
      if (c.invalid) expect(verdict(c).errors, `${c.kind}: the check accepted it`).not.toEqual([]);
    });
  }, TIMEOUT);

  it('writes every finding as path:line: field — melding — oplossing, with a line inside the file', () => {
    run((c) => {
      const v = verdict(c);
      for (const p of [...v.errors, ...v.warnings]) {
        expect(formProblems(p, v, cwd(c)), formatProblem(p, cwd(c))).toEqual([]);
      }
    });
  }, TIMEOUT);
});
