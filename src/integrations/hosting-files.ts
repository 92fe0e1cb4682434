import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileText } from '../hosting/headersFile.ts';
import { precompress } from '../hosting/precompress.ts';

/**
 * Last step of the build: dist/_headers from src/headers.ts, then a .br and a .gz beside every
 * compressible file. Runs after Pagefind, so the search files are compressed too.
 */
export default function hostingFiles(): AstroIntegration {
  return {
    name: 'hosting-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, headersFileText());
        const started = performance.now();
        // The build that is live now: its copies of unchanged files are reused (npm run build publishes there).
        const r = await precompress(out, resolve(process.env.DIST_DIR ?? 'dist'));
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `_headers geschreven; ${r.files} bestanden voorgecomprimeerd (${r.reused} ongewijzigd overgenomen) in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
            `(${kb(r.bytes)} → br ${kb(r.brotliBytes)}, gzip ${kb(r.gzipBytes)})`,
        );
      },
    },
  };
}
