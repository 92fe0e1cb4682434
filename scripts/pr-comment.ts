// `npm run pr-comment -- --file build/pr-rapport/rapport.md`: posts the pull-request report as one comment,
// updating the earlier one (found by its hidden marker). Reads GITHUB_TOKEN, GITHUB_REPOSITORY, PR_NUMBER and
// GITHUB_API_URL (set by GitHub Actions; tests point it at a local server).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { upsertComment } from './pr/comment.ts';
import { REPORT_MARKER } from './pr/reportMarkdown.ts';

const { values } = parseArgs({ options: { file: { type: 'string', default: 'build/pr-rapport/rapport.md' } } });
const { GITHUB_TOKEN, GITHUB_REPOSITORY, PR_NUMBER, GITHUB_API_URL = 'https://api.github.com' } = process.env;
if (!GITHUB_TOKEN || !GITHUB_REPOSITORY || !PR_NUMBER) {
  console.error('GITHUB_TOKEN, GITHUB_REPOSITORY en PR_NUMBER zijn nodig om het rapport bij het pull request te zetten.');
  process.exit(2);
}
const result = await upsertComment(
  { api: GITHUB_API_URL, token: GITHUB_TOKEN, repo: GITHUB_REPOSITORY, issue: Number(PR_NUMBER) },
  REPORT_MARKER,
  readFileSync(values.file!, 'utf8'),
);
console.log(`Reactie ${result.id} ${result.action} bij pull request #${PR_NUMBER}.`);
