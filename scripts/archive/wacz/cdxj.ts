import { CDXIndexer } from 'warcio';

/** Byte order, the order a CDXJ reader binary-searches in (not the locale's order). */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The CDXJ index of a WARC (SURT key, timestamp, JSON with offset and length), sorted, by warcio. */
export async function cdxjIndex(warc: Buffer, filename: string): Promise<string> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  for await (const entry of indexer.iterIndex([{ filename, reader: [new Uint8Array(warc)] }])) {
    lines.push(indexer.serializeCDXJ(entry));
  }
  return lines.sort(byBytes).join('');
}
