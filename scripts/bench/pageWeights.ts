// Page weight as a visitor receives it: every HTML page of a built site compressed on its own, as
// the static server sends it (gzip level 6, the compression middleware's default), against the budgets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** Budgets in transferred bytes (the body; response headers add some 0.5 KB). */
export const BUDGET = { page: 50 * KB, listing: 30 * KB, filterData: 100 * KB };
/** The Databank's first page of results, held to the stricter budget. */
const LISTING = 'databank/index.html';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

export interface PageWeights {
  pages: number;
  largest: { path: string; bytes: number; raw: number };
  listing: number;
  overBudget: { path: string; bytes: number }[];
  /** The filter's index, the summary part of the first page, and all summary parts together. */
  filter: { index: number; firstPart: number; allParts: number; parts: number };
}

export function pageWeights(dist: string): PageWeights {
  const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  let largest = { path: '', bytes: 0, raw: 0 };
  const overBudget: { path: string; bytes: number }[] = [];
  for (const path of html) {
    const bytes = gz(join(dist, path));
    if (bytes > largest.bytes) largest = { path, bytes, raw: readFileSync(join(dist, path)).length };
    if (bytes > BUDGET.page || (path === LISTING && bytes > BUDGET.listing)) overBudget.push({ path, bytes });
  }
  const filterDir = join(dist, 'databank/filter');
  // Only the JSON itself: the build writes .br and .gz copies beside it, which a visitor never gets as well.
  const files = readdirSync(filterDir).filter((f) => f.endsWith('.json'));
  const index = files.find((f) => f.startsWith('index-'))!;
  const parts = files.filter((f) => f.startsWith('samenvattingen-'));
  return {
    pages: html.length,
    largest,
    listing: gz(join(dist, LISTING)),
    overBudget: overBudget.sort((a, b) => b.bytes - a.bytes),
    filter: {
      index: gz(join(filterDir, index)),
      firstPart: gz(join(filterDir, parts.find((f) => f.startsWith('samenvattingen-0-'))!)),
      allParts: parts.reduce((n, f) => n + gz(join(filterDir, f)), 0),
      parts: parts.length,
    },
  };
}
