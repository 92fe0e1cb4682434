import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LARGE_FILE_BYTES, Precompression, precompress } from '@/hosting/precompress';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
const page = `<!doctype html><html lang="nl"><body>${'<p>Samenleven in verscheidenheid.</p>'.repeat(50)}</body></html>`;

beforeAll(async () => {
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'site.css'), 'body{margin:0}'.repeat(40));
  writeFileSync(join(dir, 'pagefind/fragment/nl_1.pf_fragment'), 'x'.repeat(500));
  writeFileSync(join(dir, 'foto.png'), 'x'.repeat(500));
  writeFileSync(join(dir, 'klein.txt'), 'a');
  await precompress(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressing dist', () => {
  it('writes a .br and a .gz beside a page that unpack to the page itself', () => {
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(existsSync(join(dir, 'site.css.br'))).toBe(true);
  });

  it("leaves images and Pagefind's pre-gzipped files without copies", () => {
    expect(existsSync(join(dir, 'foto.png.br'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/fragment/nl_1.pf_fragment.br'))).toBe(false);
  });

  it('writes no copy that would be larger than the file', () => {
    expect(existsSync(join(dir, 'klein.txt.br'))).toBe(false);
    expect(existsSync(join(dir, 'klein.txt.gz'))).toBe(false);
  });

  it('compresses the copies of a second run from the files, not from the copies', async () => {
    await precompress(dir);
    expect(existsSync(join(dir, 'index.html.br.br'))).toBe(false);
  });
});

describe('precompressing with a cache of earlier copies', () => {
  const folders: string[] = [];
  const folder = (name: string) => {
    folders.push(mkdtempSync(join(tmpdir(), `precompress-${name}-`)));
    return folders.at(-1)!;
  };
  const cachedIn = (cache: string) => readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(br|gz)$/.test(f));
  afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A cache filled by one build of a page, a stylesheet and a file too small to compress. */
  async function filledCache(): Promise<{ cache: string; first: string }> {
    const [cache, first] = [folder('cache'), folder('first')];
    writeFileSync(join(first, 'index.html'), page);
    writeFileSync(join(first, 'site.css'), 'body{margin:0}'.repeat(40));
    writeFileSync(join(first, 'klein.txt'), 'a');
    await precompress(first, cache);
    return { cache, first };
  }

  it('keeps a Brotli and a gzip copy of every compressible file it compressed', async () => {
    const { cache } = await filledCache();
    expect(cachedIn(cache)).toHaveLength(6);
  });

  it('takes the copies of a file with the same bytes from the cache, and compresses a changed file', async () => {
    const { cache, first } = await filledCache();
    const [brotliCopy] = cachedIn(cache).filter((f) => readFileSync(join(cache, f)).equals(readFileSync(join(first, 'index.html.br'))));
    // A marker in the cache shows where the next build's copy came from.
    writeFileSync(join(cache, brotliCopy!), 'copy from the cache');
    const next = folder('next');
    writeFileSync(join(next, 'index.html'), page);
    writeFileSync(join(next, 'site.css'), 'body{margin:1px}'.repeat(40));
    const result = await precompress(next, cache);
    expect(result.reused).toBe(1);
    expect(readFileSync(join(next, 'index.html.br'), 'utf8')).toBe('copy from the cache');
    expect(brotliDecompressSync(readFileSync(join(next, 'site.css.br'))).toString()).toBe('body{margin:1px}'.repeat(40));
  });

  it('remembers that a copy would not be smaller, and writes none for that file next time', async () => {
    const { cache } = await filledCache();
    const next = folder('next');
    writeFileSync(join(next, 'klein.txt'), 'a');
    const result = await precompress(next, cache);
    expect(result.reused).toBe(1);
    expect(existsSync(join(next, 'klein.txt.br'))).toBe(false);
    expect(existsSync(join(next, 'klein.txt.gz'))).toBe(false);
  });

  it('removes cached copies no build used for a week, and keeps the ones this build used', async () => {
    const { cache } = await filledCache();
    const old = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    for (const f of cachedIn(cache)) utimesSync(join(cache, f), old, old);
    const next = folder('next');
    writeFileSync(join(next, 'index.html'), page);
    const result = await precompress(next, cache);
    expect(result.reused).toBe(1);
    expect(cachedIn(cache)).toHaveLength(2);
  });

  it('keeps cached copies younger than a week that this build did not use', async () => {
    const { cache } = await filledCache();
    const next = folder('next');
    writeFileSync(join(next, 'index.html'), page);
    await precompress(next, cache);
    expect(cachedIn(cache)).toHaveLength(6);
  });
});

/** Brotli as the build is meant to write it: text mode, size hint, the given quality. */
function oneShotBrotli(data: Buffer, quality: number): Buffer {
  return brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
}

describe('the bytes of the copies', () => {
  const site = mkdtempSync(join(tmpdir(), 'precompress-bytes-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('are those of one-shot Brotli 11 (text mode, size hint) and gzip -9, for files small and large, however many run at once', async () => {
    // Several output chunks and some repetition at long distance, just under the large-file size.
    const fiches = Array.from({ length: 6000 }, (_, i) => `{"titel":"Fiche ${i}","thema":"${['polarisering', 'radicalisering', 'samenleven'][i % 3]}","jaar":${2000 + (i % 25)}}`);
    const files: Record<string, string> = {
      'index.html': page,
      'databank/goede-praktijken.json': `[${fiches.join(',')}]`,
      '_astro/site.css': 'body{margin:0}'.repeat(40),
      'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h1v1z"/>'.repeat(30)}</svg>`,
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`databank/fiche-${i}/index.html`, page.replace('Samenleven', `Fiche ${i}`)])),
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(site, name, '..'), { recursive: true });
      writeFileSync(join(site, name), text);
    }
    await precompress(site);
    for (const [name, text] of Object.entries(files)) {
      const data = Buffer.from(text);
      expect(data.length, name).toBeLessThan(LARGE_FILE_BYTES);
      expect(readFileSync(join(site, `${name}.br`)).equals(oneShotBrotli(data, 11)), `${name}.br`).toBe(true);
      expect(readFileSync(join(site, `${name}.gz`)).equals(gzipSync(data, { level: 9 })), `${name}.gz`).toBe(true);
    }
  });

  it('of a file of a megabyte or more (a download, such as the open data) are Brotli 9, which costs far less CPU', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `fiche-${i};Fiche ${i};${['Gent', 'Antwerpen', 'Leuven'][i % 3]};${2000 + (i % 25)}`);
    const data = Buffer.from(`id;titel;gemeente;jaar\r\n${rows.join('\r\n')}\r\n`);
    expect(data.length).toBeGreaterThanOrEqual(LARGE_FILE_BYTES);
    writeFileSync(join(site, 'groot.csv'), data);
    await precompress(site);
    const copy = readFileSync(join(site, 'groot.csv.br'));
    expect(copy.equals(oneShotBrotli(data, 9))).toBe(true);
    expect(brotliDecompressSync(copy).equals(data)).toBe(true);
  });
});

describe('precompressing while the build still writes files', () => {
  const site = mkdtempSync(join(tmpdir(), 'precompress-early-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('ends with copies of the files as they are at the end: changed ones redone, new ones added, gone ones without copies', async () => {
    writeFileSync(join(site, 'index.html'), page);
    writeFileSync(join(site, 'oud.html'), page.replace('Samenleven', 'Oud'));
    const changed = page.replace('Samenleven', 'Later gewijzigd');
    writeFileSync(join(site, 'gewijzigd.html'), page);
    writeFileSync(join(site, 'verkleind.html'), page.replace('Samenleven', 'Verkleind'));
    const run = new Precompression(site);
    await run.start();
    expect(existsSync(join(site, 'oud.html.br'))).toBe(true);
    // What later steps of the build do meanwhile (Pagefind's files, the redirect pages).
    writeFileSync(join(site, 'gewijzigd.html'), changed);
    writeFileSync(join(site, 'verkleind.html'), 'x');
    rmSync(join(site, 'oud.html'));
    writeFileSync(join(site, 'nieuw.html'), page.replace('Samenleven', 'Nieuw'));
    const result = await run.finish();
    expect(result.files).toBe(4);
    expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br'))).toString()).toBe(page);
    expect(brotliDecompressSync(readFileSync(join(site, 'gewijzigd.html.br'))).toString()).toBe(changed);
    expect(gunzipSync(readFileSync(join(site, 'gewijzigd.html.gz'))).toString()).toBe(changed);
    expect(gunzipSync(readFileSync(join(site, 'nieuw.html.gz'))).toString()).toBe(page.replace('Samenleven', 'Nieuw'));
    expect(existsSync(join(site, 'verkleind.html.br'))).toBe(false);
    expect(existsSync(join(site, 'oud.html.br'))).toBe(false);
    expect(existsSync(join(site, 'oud.html.gz'))).toBe(false);
  });
});
