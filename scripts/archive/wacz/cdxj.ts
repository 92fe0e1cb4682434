import { CDXIndexer } from 'warcio';
import type { WarcFile } from './warc.ts';

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
  async function* reader() {
    yield new Uint8Array(warc);
  }
  for await (const entry of indexer.iterIndex([{ filename, reader: reader() }])) {
    const length = spans.get(Number(entry.offset));
    if (length === undefined) throw new Error(`warcio indexeerde offset ${entry.offset}, waar geen record begint`);
    lines.push(indexer.serializeCDXJ({ ...entry, length }));
  }
  return lines.sort(byBytes).join('');
}
