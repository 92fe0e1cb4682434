import { execFileSync } from 'node:child_process';

/**
 * The seed of a fuzz run: FUZZ_SEED when set (to repeat a run), else one derived from the commit
 * under test. Each commit explores new cases, and a CI verdict on a commit can be repeated exactly.
 * Outside git, a random seed.
 */
export function runSeed(): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number.parseInt(head.trim().slice(0, 8), 16) % 2 ** 31;
  } catch {
    return Math.floor(Math.random() * 2 ** 31);
  }
}
