import { createHash } from 'node:crypto';
import type { Capture } from './captures.ts';
import { cdxjIndex } from './cdxj.ts';
import { pageTitle } from './page-title.ts';
import { warcDate, type WarcFile } from './warc.ts';

export const WARC_PATH = 'archive/data.warc';
export const INDEX_PATH = 'indexes/index.cdx';
export const PAGES_PATH = 'pages/pages.jsonl';

export interface WaczMeta {
  title: string;
  description: string;
  software: string;
  siteUrl: string;
  /** Commit time: the capture time of every page. */
  date: Date;
  /** When the package was made; reproducible builds pass the commit time or SOURCE_DATE_EPOCH. */
  created: Date;
  commit: string;
}

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/** Every HTML page answered with 200, the home page first, with its title (pages.jsonl, json-pages-1.0). */
export function pagesJsonl(captures: Capture[], meta: WaczMeta): Buffer {
  const ts = warcDate(meta.date);
  const home = new URL('/', meta.siteUrl).href;
  const pages = captures
    // A replay variant is the same page again, not a page of its own.
    .filter((c) => c.status === 200 && !c.variantOf && c.headers.some(([k, v]) => k === 'Content-Type' && v.startsWith('text/html')))
    .sort((a, b) => Number(b.url === home) - Number(a.url === home));
  const lines: Record<string, string>[] = [{ format: 'json-pages-1.0', id: 'pages', title: 'Alle pagina’s' }];
  for (const page of pages) {
    const id = createHash('sha256').update(page.url).digest('hex').slice(0, 16);
    lines.push({ id, url: page.url, ts, title: pageTitle(page.body.toString('utf8')) });
  }
  return Buffer.from(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
}

/**
 * The files of a WACZ 1.1.1 package: the WARC, its CDXJ index, the page list, and datapackage.json
 * with the sha256 and size of each, signed off by datapackage-digest.json.
 */
export async function waczFiles(warc: WarcFile, captures: Capture[], meta: WaczMeta): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>([
    [WARC_PATH, warc.warc],
    [INDEX_PATH, Buffer.from(await cdxjIndex(warc, 'data.warc'))],
    [PAGES_PATH, pagesJsonl(captures, meta)],
  ]);
  const datapackage = json({
    profile: 'data-package',
    wacz_version: '1.1.1',
    title: meta.title,
    description: meta.description,
    created: `${meta.created.toISOString().slice(0, 19)}Z`,
    software: meta.software,
    mainPageUrl: new URL('/', meta.siteUrl).href,
    mainPageDate: warcDate(meta.date),
    commit: meta.commit,
    resources: [...files].map(([path, data]) => ({ name: path.split('/').pop(), path, hash: sha256(data), bytes: data.length })),
  });
  files.set('datapackage.json', datapackage);
  files.set('datapackage-digest.json', json({ path: 'datapackage.json', hash: sha256(datapackage) }));
  return files;
}

/** WARC and index are stored, not deflated, so a replay tool can read a record by its offset. */
export const storedInWacz = (name: string) => name.startsWith('archive/') || name.startsWith('indexes/');
