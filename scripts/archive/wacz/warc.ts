import { createHash } from 'node:crypto';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { Capture } from './captures.ts';
import { recordId } from './record-id.ts';

export interface WarcInfo {
  filename: string;
  /** The capture time of every record: the commit time, never the clock. */
  date: Date;
  software: string;
  fields: Record<string, string>;
}

const WARC_1_1 = 'WARC/1.1' as const;

export interface WarcFile {
  warc: Buffer;
  /** Offset → full length (closing CRLFs included) of every record, as written. */
  spans: Map<number, number>;
}

/** WARC-Date with second precision, as the commit time has. */
export const warcDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

async function serialize(record: WARCRecord): Promise<Buffer> {
  return Buffer.from(await WARCSerializer.serialize(record, { gzip: false, digest: { algo: 'sha-256', prefix: 'sha256:' } }));
}

/**
 * An uncompressed WARC/1.1 file: a warcinfo record, then for every capture its response and the
 * GET request that would have fetched it (sha256 block and payload digests, computed by warcio),
 * with the offset and length of each record for the index.
 */
export async function writeWarc(captures: Capture[], info: WarcInfo): Promise<WarcFile> {
  const date = warcDate(info.date);
  const fields = { software: info.software, format: 'WARC File Format 1.1', conformsTo: 'http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1-1_latest.pdf', ...info.fields };
  const block = Buffer.from(Object.entries(fields).map(([k, v]) => `${k}: ${v}\r\n`).join(''));
  // warcio digests every record type but warcinfo; the verifier wants a digest on every record.
  const warcinfo = WARCRecord.create(
    {
      filename: info.filename,
      date,
      type: 'warcinfo',
      warcVersion: WARC_1_1,
      warcHeaders: {
        'WARC-Record-ID': recordId('warcinfo', info.filename, date),
        'WARC-Block-Digest': `sha256:${createHash('sha256').update(block).digest('hex')}`,
      },
    },
    [new Uint8Array(block)],
  );
  const parts = [await serialize(warcinfo)];
  for (const capture of captures) {
    const responseId = recordId('response', capture.url, date);
    const response = WARCRecord.create(
      {
        url: capture.url,
        date,
        type: 'response',
        warcVersion: WARC_1_1,
        warcHeaders: { 'WARC-Record-ID': responseId },
        statusline: `HTTP/1.1 ${capture.status} ${capture.statusText}`,
        httpHeaders: capture.headers,
      },
      [new Uint8Array(capture.body)],
    );
    const target = new URL(capture.url);
    const request = WARCRecord.create({
      url: capture.url,
      date,
      type: 'request',
      warcVersion: WARC_1_1,
      warcHeaders: { 'WARC-Record-ID': recordId('request', capture.url, date), 'WARC-Concurrent-To': responseId },
      statusline: `GET ${target.pathname}${target.search} HTTP/1.1`,
      httpHeaders: [
        ['Host', target.host],
        ['User-Agent', info.software],
        ['Accept', '*/*'],
      ],
    });
    parts.push(await serialize(response), await serialize(request));
  }
  const spans = new Map<number, number>();
  let offset = 0;
  for (const part of parts) {
    spans.set(offset, part.length);
    offset += part.length;
  }
  return { warc: Buffer.concat(parts), spans };
}
