import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the line CI reads: "N passed, N failed". A test file that cannot even load, and an
 * unhandled error, each count as a failure so a broken suite can never look green.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = errors.length;
    for (const mod of modules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
      }
      // A file that failed without a failed test (it did not load, or a beforeAll threw and its tests
      // were skipped) still counts as one failure.
      if (failedHere === 0 && mod.state() === 'failed') failedHere = 1;
      failed += failedHere;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
