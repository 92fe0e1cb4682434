// npm run archive: builds the site, makes it work from disk (links, scripts, search), adds a
// dated banner, SHA256SUMS and snapshot.json, and writes a zip that is byte-identical for the
// same commit. Every timestamp comes from the commit, never from the clock.
process.env.TZ = 'UTC';

import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE_URL } from '../src/config.ts';
import { formatDate } from '../src/utils/formatDate.ts';
import { gitInfo } from './archive/git-info.ts';
import { listFiles, makeOffline } from './archive/offline-site.ts';
import { formatSums, sha256 } from './archive/checksums.ts';
import { writeReproducibleZip } from './archive/zip.ts';

const NAME = 'preventie-radicalisering-polarisering';
const log = (line: string) => console.log(line);
const version = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version as string;

const git = gitInfo();
const day = git.date.toISOString().slice(0, 10);
const buildDate = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : git.date;
const siteDir = resolve('build/archive-dist');
const work = resolve('build/archive-work');
const outDir = resolve(process.env.ARCHIVE_DIR ?? 'archive');
const zipPath = join(outDir, `${NAME}-${day}-${git.short}${git.dirty ? '-gewijzigd' : ''}.zip`);

log(`1/5 Site bouwen (commit ${git.short}${git.dirty ? ', met niet-vastgelegde wijzigingen' : ''}) …`);
execSync('npm run build', {
  stdio: 'inherit',
  env: { ...process.env, STAGING_DIR: 'build/archive-staging', DIST_DIR: siteDir, SOURCE_DATE_EPOCH: String(Math.floor(buildDate.getTime() / 1000)) },
});

log('2/5 Site offline bruikbaar maken (relatieve links, zoekindex, banner) …');
rmSync(work, { recursive: true, force: true });
cpSync(siteDir, work, { recursive: true });
// The CMS (/admin/) edits the live repository; it has no place in a read-only copy, and its 5 MB would
// only weigh the archive down.
rmSync(join(work, 'admin'), { recursive: true, force: true });
const { pages } = makeOffline({ dir: work, datum: formatDate(git.date), commit: git.short, siteUrl: SITE_URL, log });
log(`  ${pages} pagina's omgezet`);

log('3/5 snapshot.json en SHA256SUMS schrijven …');
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

log(`4/5 Zip schrijven (${files.size} bestanden) …`);
mkdirSync(outDir, { recursive: true });
await writeReproducibleZip(zipPath, files, git.date);

log(`5/5 Klaar: ${zipPath}`);
log(`  sha256 ${sha256(readFileSync(zipPath))}`);
