import { createHash } from 'node:crypto';
import type { ZipEntry } from '../zip.ts';
import { describe, verifyWarc } from './verify-warc.ts';
import { splitHttp, type WarcRecordRead } from './warc-read.ts';

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export interface WaczReport {
  problems: string[];
  files: number;
  records: number;
  indexLines: number;
  pages: number;
}

function parseJson(name: string, data: Buffer | undefined, problems: string[]): Record<string, unknown> | undefined {
  if (!data) return void problems.push(`${name} ontbreekt in het pakket`);
  try {
    return JSON.parse(data.toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    problems.push(`${name}: geen geldige JSON (${(err as Error).message})`);
  }
}

/** datapackage-digest.json signs datapackage.json; datapackage.json lists every other file. */
function verifyManifest(entries: Map<string, ZipEntry>, problems: string[]): Record<string, unknown> | undefined {
  const digest = parseJson('datapackage-digest.json', entries.get('datapackage-digest.json')?.data, problems);
  const dpData = entries.get('datapackage.json')?.data;
  if (digest && dpData) {
    if (digest.path !== 'datapackage.json') problems.push(`datapackage-digest.json: path is "${String(digest.path)}", verwacht "datapackage.json"`);
    if (digest.hash !== sha256(dpData)) problems.push(`datapackage.json: hash klopt niet met datapackage-digest.json (opgegeven ${String(digest.hash)}, berekend ${sha256(dpData)})`);
  }
  const dp = parseJson('datapackage.json', dpData, problems);
  if (!dp) return undefined;
  if (dp.profile !== 'data-package') problems.push(`datapackage.json: profile is "${String(dp.profile)}", verwacht "data-package"`);
  if (dp.wacz_version !== '1.1.1') problems.push(`datapackage.json: wacz_version is "${String(dp.wacz_version)}", verwacht "1.1.1"`);
  const resources = Array.isArray(dp.resources) ? (dp.resources as { path?: string; hash?: string; bytes?: number }[]) : [];
  if (resources.length === 0) problems.push('datapackage.json: resources ontbreekt of is leeg');
  const listed = new Set<string>();
  for (const res of resources) {
    const path = String(res.path);
    listed.add(path);
    const entry = entries.get(path);
    if (!entry) {
      problems.push(`${path}: staat in datapackage.json maar ontbreekt in het pakket`);
      continue;
    }
    if (res.hash !== sha256(entry.data)) problems.push(`${path}: sha256 klopt niet met datapackage.json (opgegeven ${String(res.hash)}, berekend ${sha256(entry.data)}); het bestand is gewijzigd`);
    if (res.bytes !== entry.data.length) problems.push(`${path}: grootte klopt niet met datapackage.json (opgegeven ${String(res.bytes)}, werkelijk ${entry.data.length} bytes)`);
  }
  for (const name of entries.keys()) {
    if (!listed.has(name) && name !== 'datapackage.json' && name !== 'datapackage-digest.json') problems.push(`${name}: staat in het pakket maar niet in datapackage.json`);
  }
  return dp;
}

type Lookup = Map<string, Map<number, WarcRecordRead>>;

/** Every CDXJ line is in byte order and points at exactly one record with its URI, status and digest. */
function verifyIndex(name: string, data: Buffer, warcs: Lookup, problems: string[]): number {
  const lines = data.toString('utf8').split('\n').filter((l) => l !== '');
  const indexed = new Set<WarcRecordRead>();
  let previous = '';
  lines.forEach((line, i) => {
    const where = `${name} regel ${i + 1}`;
    if (Buffer.compare(Buffer.from(previous), Buffer.from(line)) > 0) problems.push(`${where}: niet gesorteerd (komt voor de vorige regel)`);
    previous = line;
    const m = /^(\S+) (\d{14}) (\{.*\})$/.exec(line);
    if (!m) return void problems.push(`${where}: geen CDXJ-regel (verwacht "<sleutel> <tijdstempel> {json}")`);
    let cdx: Record<string, string>;
    try {
      cdx = JSON.parse(m[3]!) as Record<string, string>;
    } catch {
      return void problems.push(`${where}: de JSON is ongeldig`);
    }
    const records = warcs.get(`archive/${cdx.filename}`);
    if (!records) return void problems.push(`${where}: filename "${cdx.filename}" is geen WARC in archive/`);
    const record = records.get(Number(cdx.offset));
    if (!record) return void problems.push(`${where}: offset ${cdx.offset} valt niet op het begin van een record in ${cdx.filename}`);
    indexed.add(record);
    const uri = record.headers.get('warc-target-uri');
    if (record.length !== Number(cdx.length)) problems.push(`${where}: length ${cdx.length}, maar het record op die offset is ${record.length} bytes`);
    if (uri !== cdx.url) problems.push(`${where}: verwijst naar ${cdx.url}, maar het record op offset ${cdx.offset} is ${uri ?? 'zonder URI'}`);
    const http = splitHttp(record.block);
    if (cdx.status !== undefined && String(http?.status) !== String(cdx.status)) problems.push(`${where}: status ${cdx.status}, maar het record zegt ${http?.status}`);
    const digest = record.headers.get('warc-payload-digest')?.replace(/^sha256:/, '');
    if (cdx.digest !== undefined && cdx.digest !== digest) problems.push(`${where}: digest ${cdx.digest} verschilt van de WARC-Payload-Digest van het record`);
  });
  for (const [file, records] of warcs) {
    for (const r of records.values()) {
      if (r.headers.get('warc-type') === 'response' && !indexed.has(r)) problems.push(`${describe(file, r)}: staat niet in ${name}`);
    }
  }
  return lines.length;
}

/** The page list has its header line, and every page (and the main page) has a response record. */
function verifyPages(name: string, data: Buffer, responses: Set<string>, dp: Record<string, unknown> | undefined, problems: string[]): number {
  const lines = data.toString('utf8').split('\n').filter((l) => l !== '');
  let pages = 0;
  lines.forEach((line, i) => {
    let page: Record<string, unknown>;
    try {
      page = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return void problems.push(`${name} regel ${i + 1}: geen geldige JSON`);
    }
    if (i === 0) {
      if (page.format !== 'json-pages-1.0') problems.push(`${name} regel 1: verwacht de kopregel met "format": "json-pages-1.0"`);
      return;
    }
    pages++;
    if (typeof page.ts !== 'string' || Number.isNaN(Date.parse(page.ts))) problems.push(`${name} regel ${i + 1}: ts ontbreekt of is geen datum`);
    if (!responses.has(String(page.url))) problems.push(`${name} regel ${i + 1}: ${String(page.url)} heeft geen response-record in het WARC-bestand`);
  });
  if (dp?.mainPageUrl && !responses.has(String(dp.mainPageUrl))) problems.push(`datapackage.json: mainPageUrl ${String(dp.mainPageUrl)} heeft geen response-record`);
  return pages;
}

const STORED = /^(archive|indexes)\//;

/** Checks a whole WACZ, recomputing every hash and digest; an empty problem list means intact. */
export function verifyWacz(entries: Map<string, ZipEntry>): WaczReport {
  const problems: string[] = [];
  for (const [name, entry] of entries) {
    if (STORED.test(name) && entry.compressionMethod !== 0) problems.push(`${name}: is gecomprimeerd in de zip, maar WARC en index moeten ongecomprimeerd (stored) zijn`);
  }
  const dp = verifyManifest(entries, problems);
  const warcs: Lookup = new Map();
  const responses = new Set<string>();
  let records = 0;
  const warcNames = [...entries.keys()].filter((n) => /^archive\/[^/]+\.warc$/.test(n));
  if (warcNames.length === 0) problems.push('archive/: bevat geen .warc-bestand');
  for (const name of warcNames) {
    const check = verifyWarc(name, entries.get(name)!.data);
    problems.push(...check.problems);
    records += check.records.length;
    warcs.set(name, new Map(check.records.map((r) => [r.offset, r])));
    for (const r of check.records) if (r.headers.get('warc-type') === 'response') responses.add(r.headers.get('warc-target-uri')!);
  }
  const indexNames = [...entries.keys()].filter((n) => /^indexes\/[^/]+\.(cdx|cdxj)$/.test(n));
  if (indexNames.length === 0) problems.push('indexes/: bevat geen CDXJ-index (.cdx)');
  let indexLines = 0;
  for (const name of indexNames) indexLines += verifyIndex(name, entries.get(name)!.data, warcs, problems);
  const pagesFile = entries.get('pages/pages.jsonl');
  if (!pagesFile) problems.push('pages/pages.jsonl ontbreekt in het pakket');
  const pages = pagesFile ? verifyPages('pages/pages.jsonl', pagesFile.data, responses, dp, problems) : 0;
  return { problems, files: entries.size, records, indexLines, pages };
}
