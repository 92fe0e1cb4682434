import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFileText } from '../hosting/headersFile.ts';
import { PRECOMPRESS_CACHE, Precompression } from '../hosting/precompress.ts';

/**
 * Last step of the build: dist/_headers from src/headers.ts, then a .br and a .gz beside every
 * compressible file. The pages are compressed from the moment they are written, while the sitemap
 * and Pagefind's index (which leaves a core partly idle) are made; this hook, after Pagefind, does
 * the search files and whatever changed meanwhile.
 */
export default function hostingFiles(): AstroIntegration {
  let precompression: Precompression | undefined;
  const cache = resolve(PRECOMPRESS_CACHE);
  let started = 0;
  return {
    name: 'hosting-files',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        started = performance.now();
        precompression = new Precompression(fileURLToPath(dir), cache);
        void precompression.start();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, headersFileText());
        const waited = performance.now();
        const r = await (precompression ?? new Precompression(out, cache)).finish();
        precompression = undefined;
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
        logger.info(
          `_headers geschreven; ${r.files} bestanden voorgecomprimeerd (${r.reused} uit de cache) in ${seconds(started || waited)}, ` +
            `naast de sitemap en de zoekindex; de build wachtte er nog ${seconds(waited)} op ` +
            `(${kb(r.bytes)} → br ${kb(r.brotliBytes)}, gzip ${kb(r.gzipBytes)})`,
        );
      },
    },
  };
}
