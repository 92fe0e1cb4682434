import { createWriteStream } from 'node:fs';
import yazl from 'yazl';
import yauzl from 'yauzl';

/**
 * Writes a zip whose bytes depend only on the files: sorted entries, one fixed timestamp,
 * fixed permissions, DOS timestamps only (no extra fields that carry the build machine's clock).
 * Entries for which `store` says yes are stored uncompressed, so a reader can seek into them.
 */
export async function writeReproducibleZip(
  out: string,
  files: Map<string, Buffer>,
  mtime: Date,
  opts: { store?: (name: string) => boolean } = {},
): Promise<void> {
  const zip = new yazl.ZipFile();
  const names = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    zip.addBuffer(files.get(name)!, name, { mtime, mode: 0o100644, compress: !opts.store?.(name), forceDosTimestamp: true });
  }
  zip.end({ forceZip64Format: false, comment: '' });
  await new Promise<void>((ok, fail) => {
    const stream = createWriteStream(out);
    zip.outputStream.pipe(stream).on('close', ok).on('error', fail);
  });
}

/** Reads every file entry of a zip into memory (archives of this site are a few MB). */
export async function readZip(path: string): Promise<Map<string, Buffer>> {
  return new Map([...(await readZipEntries(path))].map(([name, entry]) => [name, entry.data]));
}

export interface ZipEntry {
  data: Buffer;
  /** 0 is stored, 8 is deflated. */
  compressionMethod: number;
}

/** Every file entry of a zip with its bytes and how it is compressed. */
export function readZipEntries(path: string): Promise<Map<string, ZipEntry>> {
  return new Promise((ok, fail) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const files = new Map<string, ZipEntry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', fail);
          stream.on('end', () => {
            files.set(entry.fileName, { data: Buffer.concat(chunks), compressionMethod: entry.compressionMethod });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => ok(files));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}
