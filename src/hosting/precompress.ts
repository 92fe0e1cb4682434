import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from '../headers.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface PrecompressResult {
  files: number;
  /** Files whose copies came from the previous build, unchanged. */
  reused: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip level 9) beside every compressible
 * file of a folder, so servers send them as they are instead of compressing each request. A
 * version that would not be smaller is not written (the server then sends the file itself).
 * Brotli 11 costs about a second of CPU per megabyte: a file that is byte for byte the same in
 * `previous` (the last published build) takes its copies from there instead.
 */
export async function precompress(dir: string, previous?: string): Promise<PrecompressResult> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => isCompressible(`/${relative(dir, file).split(sep).join('/')}`));
  const result: PrecompressResult = { files: files.length, reused: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  // zlib runs on libuv's thread pool: a few files at a time keep every core busy.
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const data = await readFile(file);
      result.bytes += data.length;
      const copied = previous ? await reuse(file, join(previous, relative(dir, file)), data) : null;
      if (copied) {
        result.reused++;
        result.brotliBytes += copied.br ?? data.length;
        result.gzipBytes += copied.gz ?? data.length;
        continue;
      }
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      result.brotliBytes += Math.min(br.length, data.length);
      result.gzipBytes += Math.min(gzipped.length, data.length);
      if (br.length < data.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
}

/** Copies the .br/.gz of the same file in the previous build (their sizes); null when it changed or has none. */
async function reuse(file: string, old: string, data: Buffer): Promise<{ br?: number; gz?: number } | null> {
  if (!existsSync(old) || !(existsSync(`${old}.br`) || existsSync(`${old}.gz`))) return null;
  if (!data.equals(await readFile(old))) return null;
  const sizes: { br?: number; gz?: number } = {};
  for (const kind of ['br', 'gz'] as const) {
    if (!existsSync(`${old}.${kind}`)) continue;
    await copyFile(`${old}.${kind}`, `${file}.${kind}`);
    sizes[kind] = statSync(`${file}.${kind}`).size;
  }
  return sizes;
}
