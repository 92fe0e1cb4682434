// `npm run check`: validates all editors' content in one pass; exit code 1 on any error.
// `npm run check -- --base <ref>` also compares the published URLs with those of <ref> (see CONTRIBUTING.md).
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/schemas/taxonomies.ts';
import { checkContent } from '../src/check/index.ts';
import { sortProblems } from '../src/check/problem.ts';
import { reportLines } from '../src/check/report.ts';
import { mergeBase } from './pr/git.ts';
import { urlProblems } from './pr/urlCheck.ts';

const { values } = parseArgs({ options: { base: { type: 'string' } } });
const result = checkContent(contentRoot());
if (values.base) {
  const repo = dirname(contentRoot());
  result.errors = sortProblems([...result.errors, ...(await urlProblems(mergeBase(values.base, repo), repo))]);
}
const lines = reportLines(result, process.env.GITHUB_ACTIONS === 'true');
(result.errors.length ? console.error : console.log)(lines.join('\n'));
process.exit(result.errors.length ? 1 : 0);
