import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/support/count-reporter.ts'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // `astro check` takes up to four minutes on two cores: its own project and npm script (and CI step),
        // so the unit tests stay quick. `npm test` still runs it.
        test: { name: 'types', include: ['tests/types/**/*.test.ts'], environment: 'node', testTimeout: 300_000 },
      },
      {
        resolve: { alias },
        // Browser tests run one file at a time: two cores, and each file starts Chromium.
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/a11y/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['tests/support/require-dist.ts'],
        },
      },
    ],
  },
});
