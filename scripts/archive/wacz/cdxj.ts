import { CDXIndexer } from 'warcio';
import type { WarcFile } from './warc.ts';

const CHUNK = 64 * 1024;

/** Byte order, the order a CDXJ reader binary-searches in (not the locale's order). */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The CDXJ index of a WARC (SURT key, timestamp, JSON with offset and length), sorted, by warcio.
 * warcio.js 2.4.11 reports each record's length without its closing CRLF CRLF; a record ends after
 * them, so the length is taken from what the writer wrote at that offset.
 */
export async function cdxjIndex({ warc, spans }: WarcFile, filename: string): Promise<string> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  // In chunks: warcio indexes one big chunk far slower than many small ones (7 s against 0.9 s
  // for this site's 2.6 MB WARC).
  async function* reader() {
    for (let i = 0; i < warc.length; i += CHUNK) yield new Uint8Array(warc.subarray(i, i + CHUNK));
  }
  for await (const entry of indexer.iterIndex([{ filename, reader: reader() }])) {
    const length = spans.get(Number(entry.offset));
    if (length === undefined) throw new Error(`warcio indexeerde offset ${entry.offset}, waar geen record begint`);
    lines.push(indexer.serializeCDXJ({ ...entry, length }));
  }
  return lines.sort(byBytes).join('');
}
