import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '@/hosting/precompress';

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

describe('precompressing a new build beside the previous one', () => {
  const previous = mkdtempSync(join(tmpdir(), 'precompress-previous-'));
  const next = mkdtempSync(join(tmpdir(), 'precompress-next-'));
  afterAll(() => {
    rmSync(previous, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  });

  it('takes the copies of an unchanged file from the previous build and compresses a changed one anew', async () => {
    writeFileSync(join(previous, 'index.html'), page);
    writeFileSync(join(previous, 'index.html.br'), 'copy of the previous build');
    writeFileSync(join(previous, 'site.css'), 'body{margin:0}'.repeat(40));
    writeFileSync(join(previous, 'site.css.br'), 'stale');
    writeFileSync(join(next, 'index.html'), page);
    writeFileSync(join(next, 'site.css'), 'body{margin:1px}'.repeat(40));
    const result = await precompress(next, previous);
    expect(result.reused).toBe(1);
    expect(readFileSync(join(next, 'index.html.br'), 'utf8')).toBe('copy of the previous build');
    expect(brotliDecompressSync(readFileSync(join(next, 'site.css.br'))).toString()).toBe('body{margin:1px}'.repeat(40));
  });
});
