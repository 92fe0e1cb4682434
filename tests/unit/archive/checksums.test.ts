import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSums, formatSums, parseSums, sha256 } from '../../../scripts/archive/checksums';
import { readZip, writeReproducibleZip } from '../../../scripts/archive/zip';

const files = () =>
  new Map([
    ['index.html', Buffer.from('<h1>Home</h1>')],
    ['a/index.html', Buffer.from('<h1>A</h1>')],
  ]);

describe('SHA256SUMS', () => {
  it('writes lines sha256sum -c can read, sorted by path', () => {
    const text = formatSums(new Map([['b', sha256('b')], ['a', sha256('a')]]));
    expect(text).toBe(`${sha256('a')}  a\n${sha256('b')}  b\n`);
  });

  it('reads back what it wrote', () => {
    const sums = new Map([['x/y.html', sha256('y')]]);
    expect(parseSums(formatSums(sums))).toEqual(sums);
  });

  it('reports a changed, a missing and an extra file', () => {
    const recorded = new Map([['same', 'h1'], ['changed', 'h2'], ['gone', 'h3']]);
    const actual = new Map([['same', 'h1'], ['changed', 'XX'], ['new', 'h4'], ['SHA256SUMS', 'h5']]);
    expect(compareSums(recorded, actual)).toEqual({ changed: ['changed'], missing: ['gone'], extra: ['new'] });
  });
});

describe('reproducible zip', () => {
  it('gives byte-identical zips for the same files and date', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    const date = new Date('2026-11-25T08:00:00Z');
    await writeReproducibleZip(join(dir, 'a.zip'), files(), date);
    await writeReproducibleZip(join(dir, 'b.zip'), new Map([...files()].reverse()), date);
    expect(sha256(readFileSync(join(dir, 'a.zip')))).toBe(sha256(readFileSync(join(dir, 'b.zip'))));
  });

  it('gives a different zip when the date differs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    await writeReproducibleZip(join(dir, 'a.zip'), files(), new Date('2026-11-25T08:00:00Z'));
    await writeReproducibleZip(join(dir, 'b.zip'), files(), new Date('2026-11-26T08:00:00Z'));
    expect(sha256(readFileSync(join(dir, 'a.zip')))).not.toBe(sha256(readFileSync(join(dir, 'b.zip'))));
  });

  it('reads back every file with its content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    await writeReproducibleZip(join(dir, 'a.zip'), files(), new Date('2026-11-25T08:00:00Z'));
    expect(await readZip(join(dir, 'a.zip'))).toEqual(files());
  });
});
