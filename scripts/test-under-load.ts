// npm run test:load [-- --runs 5 tests/e2e/search.test.ts …]
// Runs the browser tests (all, or the files given) several times in a row while one busy process per
// core keeps the CPU full, the way a shared CI machine does. Stops at the first failing run.
// Needs a build in dist/ (npm run build). A flaky test, one that waits for time instead of a state,
// shows up here long before it blocks a good change in CI.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '5' } }, allowPositionals: true });
const runs = Number(values.runs);
const hogs: ChildProcess[] = Array.from({ length: availableParallelism() }, () => spawn('yes', { stdio: 'ignore' }));
const stop = () => hogs.forEach((h) => h.kill());
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let failed = 0;
try {
  for (let run = 1; run <= runs; run++) {
    console.log(`\n== Run ${run} van ${runs}, ${hogs.length} bezige processen ernaast`);
    const result = spawnSync('npx', ['vitest', 'run', '--project', 'browser', ...positionals], { stdio: 'inherit' });
    if (result.status !== 0) {
      failed = run;
      break;
    }
  }
} finally {
  stop();
}
console.log(failed ? `\nRun ${failed} mislukte onder belasting.` : `\n${runs} runs na elkaar geslaagd onder belasting.`);
process.exit(failed ? 1 : 0);
