/** One record of a WARC file, as read by the verifier (independently of the library that wrote it). */
export interface WarcRecordRead {
  /** Byte offset of the record in the WARC file, and its full length including the closing CRLFs. */
  offset: number;
  length: number;
  version: string;
  /** WARC header fields, names in lower case. */
  headers: Map<string, string>;
  block: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** A WARC that does not parse: where, and why (in Dutch, for the verifier's report). */
export class WarcFormatError extends Error {
  constructor(
    readonly offset: number,
    reason: string,
  ) {
    super(`byte ${offset}: ${reason}`);
  }
}

/** Parses one record that starts at `offset`; throws WarcFormatError when it is not a record. */
export function readWarcRecord(warc: Buffer, offset: number): WarcRecordRead {
  const headEnd = warc.indexOf(CRLF2, offset);
  if (headEnd < 0) throw new WarcFormatError(offset, 'geen einde van de WARC-kop gevonden');
  const [version = '', ...lines] = warc.subarray(offset, headEnd).toString('utf8').split('\r\n');
  if (!/^WARC\/1\.[01]$/.test(version)) throw new WarcFormatError(offset, `verwacht "WARC/1.1", gevonden "${version.slice(0, 20)}"`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i <= 0) throw new WarcFormatError(offset, `kopregel zonder naam: "${line.slice(0, 40)}"`);
    headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const declared = headers.get('content-length') ?? '';
  if (!/^\d+$/.test(declared)) throw new WarcFormatError(offset, `Content-Length ontbreekt of is geen getal ("${declared}")`);
  const start = headEnd + CRLF2.length;
  const end = start + Number(declared);
  if (end + CRLF2.length > warc.length) throw new WarcFormatError(offset, `Content-Length ${declared} loopt voorbij het einde van het bestand`);
  if (!warc.subarray(end, end + CRLF2.length).equals(CRLF2)) {
    throw new WarcFormatError(offset, `na ${declared} bytes inhoud volgt niet de afsluitende lege regel (Content-Length klopt niet)`);
  }
  return { offset, length: end + CRLF2.length - offset, version, headers, block: warc.subarray(start, end) };
}

/** Every record of an uncompressed WARC file, in order. */
export function readWarc(warc: Buffer): WarcRecordRead[] {
  const records: WarcRecordRead[] = [];
  for (let offset = 0; offset < warc.length; ) {
    const record = readWarcRecord(warc, offset);
    records.push(record);
    offset += record.length;
  }
  return records;
}

/** Splits an application/http block into its head (status line + headers) and its payload. */
export function splitHttp(block: Buffer): { status?: number; headers: Map<string, string>; payload: Buffer } | undefined {
  const end = block.indexOf(CRLF2);
  if (end < 0) return undefined;
  const [first = '', ...lines] = block.subarray(0, end).toString('latin1').split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(first);
  return { status: m ? Number(m[1]) : undefined, headers, payload: block.subarray(end + CRLF2.length) };
}
