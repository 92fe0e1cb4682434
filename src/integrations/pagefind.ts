import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { vocabularyShard } from '../utils/vocabularyShard.ts';
import { indexGlob, type SiteFile } from './indexGlob.ts';

export interface PagefindOptions {
  /** Index language; Dutch stemming depends on it. */
  language?: string;
}

/**
 * Lines Pagefind logged as warnings or errors. The Node API reports only fatal problems in its
 * `errors` arrays; warnings (a page without <html>, an unknown language) go to the log file only,
 * and a half-right index must not reach visitors either.
 */
export function problemsInLog(log: string): string[] {
  const problems: string[] = [];
  let current: string[] | undefined;
  for (const line of log.split('\n')) {
    if (/^\[(Warning|Error)\]:/.test(line)) {
      current = [line.trim()];
      problems.push('');
    } else if (/^\[\w+\]:/.test(line)) {
      current = undefined;
    } else if (current && line.trim()) {
      current.push(line.trim());
    }
    if (current) problems[problems.length - 1] = current.join(' ').trim();
  }
  // writeFiles rebuilds and logs the same warnings a second time.
  return [...new Set(problems)];
}

const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The text Pagefind indexed of each page, read back from the fragments it wrote: exactly what
 * search can find, so the word list never holds a word from a footer, an ignored block or a
 * link marker. A fragment is gzip'd JSON after a 12-byte signature.
 */
export function indexedTexts(bundleDir: string): string[] {
  const dir = join(bundleDir, 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f)));
      if (raw.subarray(0, FRAGMENT_SIGNATURE.length).toString() !== FRAGMENT_SIGNATURE) {
        throw new Error(`${join(dir, f)}: onbekend Pagefind-fragment (handtekening ontbreekt)`);
      }
      return (JSON.parse(raw.subarray(FRAGMENT_SIGNATURE.length).toString('utf8')) as { content: string }).content;
    });
}

/**
 * Words of the indexed pages, most frequent first: the search page suggests the nearest of them
 * when a typed word looks mistyped. Words under five letters are left out: the search page does
 * not correct those, a typo in a short word is too often another word.
 */
export function vocabulary(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
      if (word.length >= 5) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** Words per shard, each list still most frequent first. */
export function vocabularyShards(words: string[]): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const word of words) {
    const shard = vocabularyShard(word);
    shards.set(shard, [...(shards.get(shard) ?? []), word]);
  }
  return shards;
}

/** The site's HTML files, and whether each has content for Pagefind to index. */
function siteFiles(dir: string): SiteFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: f.replaceAll('\\', '/'), indexed: readFileSync(join(dir, f), 'utf8').includes('data-pagefind-body') }));
}

// Pagefind writes its ready-made UIs too; this site has its own, so they would only be dead weight.
const UNUSED_UI = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

/** Indexed page count as Pagefind wrote it into its entry file. */
function indexedPages(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** What an index build produced: the indexed page count and the site's word list. */
export interface BuiltIndex {
  pages: number;
  words: string[];
}

/**
 * Indexes the built site in `site` into <site>/pagefind with the word list beside it. Any problem
 * Pagefind reports throws, so a half-right index never reaches visitors.
 */
export async function buildIndex(site: string, language: string): Promise<BuiltIndex> {
  const bundleDir = join(site, 'pagefind');
  const files = siteFiles(site);
  const logDir = mkdtempSync(join(tmpdir(), 'pagefind-log-'));
  const logfile = join(logDir, 'pagefind.log');
  const problems: string[] = [];
  try {
    const created = await pagefind.createIndex({
      forceLanguage: language,
      logfile,
      // "(opent in nieuw venster)" after every external link is for screen readers, not a topic.
      excludeSelectors: ['.link-marker'],
    });
    problems.push(...created.errors);
    if (!created.index) throw new Error(`Pagefind kon geen index maken: ${problems.join('; ')}`);
    const added = await created.index.addDirectory({ path: site, glob: indexGlob(files) });
    problems.push(...added.errors);
    const written = await created.index.writeFiles({ outputPath: bundleDir });
    problems.push(...written.errors);
    problems.push(...problemsInLog(readFileSync(logfile, 'utf8')));
  } finally {
    await pagefind.close();
    rmSync(logDir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    throw new Error(`Pagefind meldde ${problems.length} probleem/problemen:\n- ${problems.join('\n- ')}`);
  }
  const pages = indexedPages(bundleDir);
  if (pages === 0) throw new Error('Pagefind indexeerde geen enkele pagina: ontbreekt data-pagefind-body?');
  for (const file of UNUSED_UI) rmSync(join(bundleDir, file), { force: true });
  const words = vocabulary(indexedTexts(bundleDir));
  mkdirSync(join(bundleDir, 'woorden'), { recursive: true });
  for (const [shard, list] of vocabularyShards(words)) writeFileSync(join(bundleDir, 'woorden', `${shard}.json`), JSON.stringify(list));
  return { pages, words };
}

/**
 * Writes the Pagefind index into <outDir>/pagefind after every build, so the index can never be
 * older than the pages. Any problem Pagefind reports fails the build; the publish step then leaves
 * the live dist/ as it was.
 */
export default function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  const language = options.language ?? 'nl';
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { pages } = await buildIndex(site, language);
        const ms = Math.round(performance.now() - started);
        // Plain console line on purpose: the benchmark reads it from the build output.
        console.log(`[pagefind] indexed ${pages} pages in ${ms} ms`);
        logger.debug(`index written to ${join(site, 'pagefind')}`);
      },
    },
  };
}
