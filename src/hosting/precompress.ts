import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hash, randomUUID } from 'node:crypto';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import { isCompressible } from '../headers.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * From this size a file is a download (the open data, the editors' CMS bundle), not a page a
 * visitor waits for: Brotli 11 would cost 20 to 40 times the CPU of quality 9 for 7 to 10 % fewer
 * bytes (docs/bench-results.md, meting 8), and at 10,000 fiches the open data alone would hold up
 * every cold build by minutes. Pages, styles, scripts and the filter data stay far below it.
 */
export const LARGE_FILE_BYTES = 1024 * 1024;
const LARGE_FILE_QUALITY = 9;

/** Brotli at its highest quality (9 for large files), told the input is text and how long it is. */
export const brotliOptions = (size: number): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: size >= LARGE_FILE_BYTES ? LARGE_FILE_QUALITY : constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});
export const GZIP_OPTIONS: ZlibOptions = { level: constants.Z_BEST_COMPRESSION };

/**
 * Where the build keeps the copies of every file it compressed, by the hash of the file's bytes, so
 * that a later build (also in CI, which restores this folder) compresses only what changed.
 */
export const PRECOMPRESS_CACHE = 'node_modules/.cache/precompress';
/** A cached copy no build used for this long is removed at the end of a build. */
const CACHE_KEEP_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * Part of every cache path: other settings, or another Brotli or zlib, start a fresh folder, so a
 * copy from the cache is byte for byte what this build would have written.
 */
const SETTINGS = hash(
  'sha256',
  JSON.stringify([LARGE_FILE_BYTES, LARGE_FILE_QUALITY, brotliOptions(0), GZIP_OPTIONS, process.versions.brotli, process.versions.zlib]),
).slice(0, 12);

/**
 * Files compressed at once. zlib's async calls run on libuv's thread pool (4 threads unless
 * UV_THREADPOOL_SIZE says otherwise), and each file runs its Brotli and its gzip side by side:
 * this keeps both cores busy while the main thread only reads and writes.
 */
const FILES_AT_ONCE = 4;

export interface PrecompressResult {
  files: number;
  /** Files whose copies came from the cache: a build compressed these same bytes before. */
  reused: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** What was done for one file, and the hash of the bytes it was done for. */
interface FileDone {
  digest: string;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
  reused: boolean;
}

const digestOf = (data: Buffer) => hash('sha256', data);

/**
 * Writes `<file>.br` (Brotli, quality 11; 9 from LARGE_FILE_BYTES) and `<file>.gz` (gzip level 9)
 * beside every compressible file of a folder, so servers send them as they are instead of
 * compressing each request. A version that would not be smaller is not written (the server then
 * sends the file itself). Brotli 11 costs about a second of CPU per megabyte: with a `cache`
 * folder (PRECOMPRESS_CACHE in the build), a file whose bytes were compressed before takes its
 * copies from there instead.
 *
 * `start()` may begin while the build still writes other files (Pagefind's index, say), so that
 * the compression shares the cores with that work instead of waiting for it; `finish()` then
 * does what is left and redoes any file that changed after it was compressed.
 */
export class Precompression {
  readonly #dir: string;
  readonly #cache?: string;
  /** Cache files this build read or wrote (their times are fresh): pruning need not stat them. */
  readonly #used = new Set<string>();
  #early?: Promise<Map<string, FileDone | undefined>>;

  constructor(dir: string, cache?: string) {
    this.#dir = dir;
    this.#cache = cache && join(cache, SETTINGS);
  }

  /**
   * Begins on the files there now; the build need not wait for the promise (it never fails: a
   * file that failed is tried again by `finish()`).
   */
  async start(): Promise<void> {
    this.#early ??= this.#files()
      .then((files) => this.#run(files, { early: true }))
      .catch(() => new Map());
    await this.#early;
  }

  /** Compresses every file not done yet or changed since, and removes the copies of files now gone. */
  async finish(): Promise<PrecompressResult> {
    const early = (await this.#early) ?? new Map<string, FileDone | undefined>();
    const files = await this.#files();
    const todo: string[] = [];
    const done = new Map<string, FileDone>();
    await this.#pool(files, async (file) => {
      const before = early.get(file);
      if (before && before.digest === digestOf(await readFile(file))) done.set(file, before);
      else todo.push(file);
    });
    for (const [file, result] of await this.#run(todo)) if (result) done.set(file, result);
    const present = new Set(files);
    for (const file of early.keys()) {
      if (!present.has(file)) await Promise.all(['br', 'gz'].map((kind) => rm(`${file}.${kind}`, { force: true })));
    }
    await this.#pruneCache();
    const result: PrecompressResult = { files: files.length, reused: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
    for (const d of done.values()) {
      result.reused += d.reused ? 1 : 0;
      result.bytes += d.bytes;
      result.brotliBytes += d.brotliBytes;
      result.gzipBytes += d.gzipBytes;
    }
    return result;
  }

  /** The compressible files of the folder, the largest first: no big file is left to run alone at the end. */
  async #files(): Promise<string[]> {
    const entries = await readdir(this.#dir, { withFileTypes: true, recursive: true });
    const files = entries
      .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => isCompressible(`/${relative(this.#dir, file).split(sep).join('/')}`));
    const sizes = new Map<string, number>();
    await this.#pool(files, async (file) => void sizes.set(file, (await stat(file)).size));
    return files.sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : 1));
  }

  /**
   * Compresses (or reuses) each file; a file that vanished meanwhile is left out (undefined), and
   * so is, early on, a file that failed for another reason: `finish()` tries it again.
   */
  async #run(files: string[], opts = { early: false }): Promise<Map<string, FileDone | undefined>> {
    const out = new Map<string, FileDone | undefined>();
    await this.#pool(files, async (file) => {
      out.set(file, await this.#compress(file).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' || opts.early) return undefined;
        throw e;
      }));
    });
    return out;
  }

  async #compress(file: string): Promise<FileDone> {
    const data = await readFile(file);
    const digest = digestOf(data);
    const cached = await this.#fromCache(digest);
    const [br, gzipped] = cached ?? (await Promise.all([brotli(data, brotliOptions(data.length)), gz(data, GZIP_OPTIONS)]));
    // An empty copy in the cache means "not smaller than the file": compressed data is never empty.
    const copies = { br: br.length && br.length < data.length ? br : null, gz: gzipped.length && gzipped.length < data.length ? gzipped : null };
    // A copy from an earlier run of a file that changed since would no longer match it.
    for (const kind of ['br', 'gz'] as const) {
      const copy = copies[kind];
      if (copy) await writeFile(`${file}.${kind}`, copy);
      else await rm(`${file}.${kind}`, { force: true });
    }
    if (!cached) await this.#toCache(digest, copies.br ?? Buffer.alloc(0), copies.gz ?? Buffer.alloc(0));
    return {
      digest,
      bytes: data.length,
      reused: Boolean(cached),
      brotliBytes: copies.br?.length ?? data.length,
      gzipBytes: copies.gz?.length ?? data.length,
    };
  }

  #cachePath(digest: string, kind: 'br' | 'gz'): string {
    return join(this.#cache!, digest.slice(0, 2), `${digest}.${kind}`);
  }

  /** Both copies of these bytes from the cache, or null (no cache, not there, or unreadable). */
  async #fromCache(digest: string): Promise<[Buffer, Buffer] | null> {
    if (!this.#cache) return null;
    const paths = [this.#cachePath(digest, 'br'), this.#cachePath(digest, 'gz')] as const;
    try {
      const copies = await Promise.all(paths.map((p) => readFile(p)));
      const now = new Date();
      // The age the cache is pruned by counts from the last build that used a copy.
      await Promise.all(paths.map((p) => utimes(p, now, now)));
      paths.forEach((p) => this.#used.add(p));
      return [copies[0], copies[1]];
    } catch {
      return null;
    }
  }

  /**
   * Writes both copies under a temporary name and renames them into place, so a build beside this
   * one never reads half a file. A cache that cannot be written only costs speed.
   */
  async #toCache(digest: string, br: Buffer, gzipped: Buffer): Promise<void> {
    if (!this.#cache) return;
    try {
      for (const [kind, copy] of [['br', br], ['gz', gzipped]] as const) {
        const path = this.#cachePath(digest, kind);
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${randomUUID()}.tmp`;
        await writeFile(temporary, copy);
        await rename(temporary, path);
        this.#used.add(path);
      }
    } catch {
      // Left to the next build.
    }
  }

  /** Removes cached copies no build used for CACHE_KEEP_MS, and the folders of other settings. */
  async #pruneCache(): Promise<void> {
    if (!this.#cache) return;
    const root = dirname(this.#cache);
    const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
    const before = Date.now() - CACHE_KEEP_MS;
    await this.#pool(
      entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)),
      async (path) => {
        if (this.#used.has(path)) return;
        const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Infinity }));
        if (mtimeMs < before) await rm(path, { force: true });
      },
    );
  }

  /** Runs `task` on every item, FILES_AT_ONCE at a time, in the items' order. */
  async #pool<T>(items: T[], task: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length) await task(items[next++]!);
    };
    await Promise.all(Array.from({ length: FILES_AT_ONCE }, worker));
  }
}

/** Precompresses a finished folder in one go (see Precompression). */
export function precompress(dir: string, cache?: string): Promise<PrecompressResult> {
  return new Precompression(dir, cache).finish();
}
