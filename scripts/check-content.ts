// `npm run check`: validates all editors' content in one pass; exit code 1 on any error.
import { contentRoot } from '../src/schemas/taxonomies.ts';
import { checkContent } from '../src/check/index.ts';
import { reportLines } from '../src/check/report.ts';

const result = checkContent(contentRoot());
const lines = reportLines(result, process.env.GITHUB_ACTIONS === 'true');
(result.errors.length ? console.error : console.log)(lines.join('\n'));
process.exit(result.errors.length ? 1 : 0);
