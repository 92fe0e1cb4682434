// npm run archive: builds the site, makes it work from disk (links, scripts, search), adds a
// dated banner, SHA256SUMS and snapshot.json, and writes a zip that is byte-identical for the
// same commit. Beside it a WACZ (WARC + index + page list) of the site as its host serves it,
// for web archives; `-- --warc` also writes the plain WARC. Every timestamp comes from the
// commit, never from the clock.
process.env.TZ = 'UTC';

import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_URL } from '../src/config.ts';
import { formatDate } from '../src/utils/formatDate.ts';
import { gitInfo } from './archive/git-info.ts';
import { listFiles, makeOffline } from './archive/offline-site.ts';
import { formatSums, sha256 } from './archive/checksums.ts';
import { writeReproducibleZip } from './archive/zip.ts';
import { siteCaptures } from './archive/wacz/captures.ts';
import { writeWarc } from './archive/wacz/warc.ts';
import { storedInWacz, waczFiles } from './archive/wacz/wacz.ts';

const NAME = 'preventie-radicalisering-polarisering';
const log = (line: string) => console.log(line);
const version = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version as string;

const git = gitInfo();
const day = git.date.toISOString().slice(0, 10);
const buildDate = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : git.date;
const siteDir = resolve('build/archive-dist');
const work = resolve('build/archive-work');
const outDir = resolve(process.env.ARCHIVE_DIR ?? 'archive');
const baseName = `${NAME}-${day}-${git.short}${git.dirty ? '-gewijzigd' : ''}`;
const zipPath = join(outDir, `${baseName}.zip`);
const waczPath = join(outDir, `${baseName}.wacz`);
const warcPath = join(outDir, `${baseName}.warc`);
const plainWarc = process.argv.includes('--warc');

log(`1/6 Site bouwen (commit ${git.short}${git.dirty ? ', met niet-vastgelegde wijzigingen' : ''}) …`);
execSync('npm run build', {
  stdio: 'inherit',
  env: { ...process.env, STAGING_DIR: 'build/archive-staging', DIST_DIR: siteDir, SOURCE_DATE_EPOCH: String(Math.floor(buildDate.getTime() / 1000)) },
});

log('2/6 Site offline bruikbaar maken (relatieve links, zoekindex, banner) …');
rmSync(work, { recursive: true, force: true });
// Without the build's .br/.gz copies: a browser opening files from disk never asks for them, and
// they would keep the pages as they were before the offline rewrite.
cpSync(siteDir, work, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
// The CMS (/admin/) edits the live repository; it has no place in a read-only copy, and its 5 MB would
// only weigh the archive down.
rmSync(join(work, 'admin'), { recursive: true, force: true });
const { pages } = makeOffline({ dir: work, datum: formatDate(git.date), commit: git.short, siteUrl: SITE_URL, log });
log(`  ${pages} pagina's omgezet`);

log('3/6 snapshot.json en SHA256SUMS schrijven …');
const files = new Map<string, Buffer>();
for (const f of listFiles(work)) files.set(f, readFileSync(join(work, f)));
const snapshot = {
  name: NAME,
  commit: git.commit,
  commitDate: git.date.toISOString(),
  buildDate: buildDate.toISOString(),
  siteUrl: SITE_URL,
  pageCount: pages,
  modified: git.dirty,
  versions: { astro: version('astro'), pagefind: version('pagefind') },
};
files.set('snapshot.json', Buffer.from(`${JSON.stringify(snapshot, null, 2)}\n`));
const sums = new Map([...files].map(([path, data]) => [path, sha256(data)]));
files.set('SHA256SUMS', Buffer.from(formatSums(sums)));

log(`4/6 Zip schrijven (${files.size} bestanden) …`);
mkdirSync(outDir, { recursive: true });
await writeReproducibleZip(zipPath, files, git.date);

log(`5/6 WARC en WACZ schrijven (de site zoals de server ze aanbiedt op ${SITE_URL}) …`);
const software = `${NAME} npm run archive (warcio ${version('warcio')})`;
const captures = siteCaptures(siteDir, SITE_URL, git.date);
const warc = await writeWarc(captures, {
  filename: 'data.warc',
  date: git.date,
  software,
  fields: { isPartOf: NAME, description: `De site ${SITE_URL} op commit ${git.commit}`, commit: git.commit, 'commit-date': git.date.toISOString() },
});
const wacz = await waczFiles(warc, captures, {
  title: `Preventie gewelddadige radicalisering en polarisering, ${formatDate(git.date)}`,
  description: `De website ${SITE_URL} zoals gepubliceerd op commit ${git.commit} (${git.date.toISOString()}), rechtstreeks uit de build opgenomen, zonder crawler.`,
  software,
  siteUrl: SITE_URL,
  date: git.date,
  created: buildDate,
  commit: git.commit,
});
await writeReproducibleZip(waczPath, wacz, git.date, { store: storedInWacz });
if (plainWarc) writeFileSync(warcPath, warc.warc);
log(`  ${captures.length} URL's, WARC ${(warc.warc.length / 1e6).toFixed(1)} MB`);

log(`6/6 Klaar: ${zipPath}`);
log(`  sha256 ${sha256(readFileSync(zipPath))}`);
log(`  ${waczPath}`);
log(`  sha256 ${sha256(readFileSync(waczPath))}`);
if (plainWarc) log(`  ${warcPath}`);
