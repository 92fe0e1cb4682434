import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, pageWeights } from '../../../scripts/bench/pageWeights';

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `woord${(i * seed) % 997}`).join(' ');
let dist: string;

/** A built site in miniature, with the .br and .gz copies the build writes beside each file. */
function write(path: string, text: string): void {
  const file = join(dist, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'weights-'));
  write('index.html', `<p>${words(50, 3)}</p>`);
  write('databank/index.html', `<p>${words(500, 7)}</p>`);
  // Random text barely compresses: well over the 50 KB budget after gzip.
  write('databank/groot/index.html', `<p>${randomBytes(80_000).toString('base64')}</p>`);
  write('databank/filter/index-ab12.json', JSON.stringify({ t: words(2_000, 11) }));
  for (const n of [0, 1, 2]) write(`databank/filter/samenvattingen-${n}-cd3${n}.json`, JSON.stringify({ s: words(300, 17 + n) }));
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the page weights of npm run bench', () => {
  it('counts each page once, not its compressed copies', () => {
    expect(pageWeights(dist).pages).toBe(3);
  });

  it('counts each summary part once, not its compressed copies', () => {
    expect(pageWeights(dist).filter.parts).toBe(3);
  });

  it('weighs the filter index itself, not a compressed copy of it', () => {
    const json = JSON.stringify({ t: words(2_000, 11) });
    expect(pageWeights(dist).filter.index).toBe(gzipSync(json, { level: 6 }).length);
  });

  it('names a page over budget and the largest page', () => {
    const weights = pageWeights(dist);
    expect(weights.largest.path).toBe(join('databank', 'groot', 'index.html'));
    expect(weights.largest.bytes).toBeGreaterThan(BUDGET.page);
    expect(weights.overBudget.map((o) => o.path)).toEqual([join('databank', 'groot', 'index.html')]);
  });
});
