// `npm run docs:fields`: rewrites the generated parts of CONTRIBUTING.md and the good-practice issue form.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { updateMarkedSections } from './fields/docs.ts';
import { issueForm } from './fields/issue-form.ts';

export const CONTRIBUTING = 'CONTRIBUTING.md';
export const ISSUE_FORM = '.github/ISSUE_TEMPLATE/nieuwe-goede-praktijk.yml';

writeFileSync(CONTRIBUTING, updateMarkedSections(readFileSync(CONTRIBUTING, 'utf8')));
mkdirSync(dirname(ISSUE_FORM), { recursive: true });
writeFileSync(ISSUE_FORM, issueForm());
console.log(`Bijgewerkt: ${CONTRIBUTING} en ${ISSUE_FORM}`);
