// `npm run new -- <type> "<titel>"`: a new entry with every field, a Dutch comment on each, and draft: true.
import { contentRoot } from '../src/schemas/taxonomies.ts';
import { displayPath } from '../src/check/problem.ts';
import { createEntry, ScaffoldError } from './fields/scaffold.ts';
import { ENTRY_TYPES, isEntryType } from './fields/types.ts';

const [type = '', ...words] = process.argv.slice(2);
const titel = words.join(' ');
const usage = `Gebruik: npm run new -- <type> "<titel>", met als type ${Object.keys(ENTRY_TYPES).join(', ')}.\nVoorbeeld: npm run new -- goede-praktijk "Buurtvonken in Eeklo"`;

if (!isEntryType(type) || !titel.trim()) {
  console.error(type && !isEntryType(type) ? `Onbekend type "${type}".\n${usage}` : usage);
  process.exit(1);
}
try {
  const file = createEntry(contentRoot(), type, titel);
  console.log(`Aangemaakt: ${displayPath(file)}\nVul de velden in, controleer met npm run check, en zet draft op false om te publiceren.`);
} catch (err) {
  if (!(err instanceof ScaffoldError)) throw err;
  console.error(err.message);
  process.exit(1);
}
