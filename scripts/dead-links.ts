// `npm run links:extern`: checks every link from the built site (dist/) to other sites and keeps one
// GitHub issue with the dead contact and source links per fiche. Run weekly by .github/workflows/dode-links.yml.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from './lib/static-server.ts';
import { contentRoot } from '../src/schemas/taxonomies.ts';
import { formatDate } from '../src/utils/formatDate.ts';
import { findDeadLinks } from './dead-links/find.ts';
import { deadLinksPerFiche, ficheLinks, ISSUE_MARKER, reportBody } from './dead-links/report.ts';
import { upsertIssue } from './dead-links/issue.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, timeout: { type: 'string', default: '20000' } } });
const dir = values.site!;
if (!existsSync(`${dir}/index.html`)) {
  console.error(`${dir}/index.html ontbreekt: bouw de site eerst met npm run build.`);
  process.exit(1);
}

const server = await startServer({ dir, createServer });
let dead;
try {
  dead = await findDeadLinks(`${server.url}/`, { timeout: Number(values.timeout) });
} finally {
  await server.close();
}
const groups = deadLinksPerFiche(dead, ficheLinks(contentRoot()));
const body = reportBody(groups, formatDate(new Date()));
console.log(body);
const elsewhere = dead.length - groups.reduce((n, g) => n + g.links.length, 0);
if (elsewhere > 0) console.log(`\n(${elsewhere} dode externe link(s) op andere pagina's dan fiches; die staan niet in het issue.)`);

const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repo, GITHUB_API_URL: apiUrl = 'https://api.github.com' } = process.env;
if (!token || !repo) {
  console.log('\nGeen GITHUB_TOKEN of GITHUB_REPOSITORY: het issue is niet bijgewerkt.');
} else {
  const outcome = await upsertIssue({ apiUrl, repo, token }, body, groups.length > 0, ISSUE_MARKER);
  console.log(outcome.action === 'niets' ? '\nGeen dode links en geen open issue: niets te doen.' : `\nIssue #${outcome.number} ${outcome.action}.`);
}
