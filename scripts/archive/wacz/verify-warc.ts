import { createHash } from 'node:crypto';
import { readWarc, splitHttp, WarcFormatError, type WarcRecordRead } from './warc-read.ts';

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A record as the verifier names it in a message: file, offset, type and URI. */
export function describe(file: string, r: WarcRecordRead): string {
  const uri = r.headers.get('warc-target-uri');
  return `${file}: record op byte ${r.offset} (${r.headers.get('warc-type') ?? 'zonder type'}${uri ? ` ${uri}` : ''})`;
}

function checkDigest(where: string, field: string, declared: string | undefined, data: Buffer, problems: string[]): void {
  if (!declared) return void problems.push(`${where}: ${field} ontbreekt`);
  if (!declared.startsWith('sha256:')) return void problems.push(`${where}: ${field} is geen sha256 ("${declared}"); dit archief gebruikt sha256`);
  const actual = sha256(data);
  if (declared !== actual) problems.push(`${where}: ${field} klopt niet (opgegeven ${declared}, berekend ${actual}); de inhoud is gewijzigd`);
}

export interface WarcCheck {
  records: WarcRecordRead[];
  problems: string[];
}

/**
 * Reads every record of a WARC and recomputes its digests: the block digest over the whole block,
 * and for HTTP responses the payload digest over the body after the HTTP head.
 */
export function verifyWarc(file: string, warc: Buffer): WarcCheck {
  const problems: string[] = [];
  let records: WarcRecordRead[] = [];
  try {
    records = readWarc(warc);
  } catch (err) {
    if (!(err instanceof WarcFormatError)) throw err;
    return { records, problems: [`${file}: geen geldig WARC-record op ${err.message}`] };
  }
  const ids = new Set<string>();
  for (const r of records) {
    const where = describe(file, r);
    const type = r.headers.get('warc-type');
    const id = r.headers.get('warc-record-id');
    if (!type) problems.push(`${where}: WARC-Type ontbreekt`);
    if (!r.headers.get('warc-date')) problems.push(`${where}: WARC-Date ontbreekt`);
    if (!id) problems.push(`${where}: WARC-Record-ID ontbreekt`);
    else if (ids.has(id)) problems.push(`${where}: WARC-Record-ID ${id} komt twee keer voor`);
    else ids.add(id);
    checkDigest(where, 'WARC-Block-Digest', r.headers.get('warc-block-digest'), r.block, problems);
    if (type !== 'response' && type !== 'request') continue;
    if (!r.headers.get('warc-target-uri')) problems.push(`${where}: WARC-Target-URI ontbreekt`);
    const http = splitHttp(r.block);
    if (!http) {
      problems.push(`${where}: het blok bevat geen HTTP-kop`);
      continue;
    }
    if (type === 'response') {
      if (http.status === undefined) problems.push(`${where}: geen HTTP-statusregel`);
      checkDigest(where, 'WARC-Payload-Digest', r.headers.get('warc-payload-digest'), http.payload, problems);
      const length = http.headers.get('content-length');
      if (length !== undefined && Number(length) !== http.payload.length) {
        problems.push(`${where}: HTTP Content-Length ${length} maar de inhoud is ${http.payload.length} bytes`);
      }
    }
  }
  return { records, problems };
}
