// npm run archive:verify <zip>: checks every file of an archive against its SHA256SUMS and
// reports changed, missing and extra files; exits 1 on any of them, 2 when it cannot read the zip.
import { compareSums, parseSums, sha256 } from './archive/checksums.ts';
import { readZip } from './archive/zip.ts';

const zipPath = process.argv[2];
if (!zipPath) {
  console.error('Gebruik: npm run archive:verify -- <archief.zip>');
  process.exit(2);
}
let files: Map<string, Buffer>;
try {
  files = await readZip(zipPath);
} catch (err) {
  console.error(`Kan ${zipPath} niet lezen: ${(err as Error).message}`);
  process.exit(2);
}
const sumsFile = files.get('SHA256SUMS');
if (!sumsFile) {
  console.error(`${zipPath}: SHA256SUMS ontbreekt, het archief kan niet gecontroleerd worden.`);
  process.exit(1);
}
const actual = new Map([...files].map(([path, data]) => [path, sha256(data)]));
const report = compareSums(parseSums(sumsFile.toString('utf8')), actual);
for (const f of report.changed) console.log(`GEWIJZIGD  ${f}`);
for (const f of report.missing) console.log(`ONTBREEKT  ${f}`);
for (const f of report.extra) console.log(`EXTRA      ${f}`);
const problems = report.changed.length + report.missing.length + report.extra.length;
if (problems > 0) {
  console.log(`${zipPath}: NIET in orde (${report.changed.length} gewijzigd, ${report.missing.length} ontbrekend, ${report.extra.length} extra)`);
  process.exit(1);
}
console.log(`${zipPath}: in orde, ${actual.size - 1} bestanden komen overeen met SHA256SUMS`);
