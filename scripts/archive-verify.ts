// npm run archive:verify <file>: checks an archive offline and exits 1 on any problem, 2 when it
// cannot read the file. A .zip is checked against its SHA256SUMS; a .wacz in full (every WARC
// digest, every index line, every hash of datapackage.json and datapackage-digest.json, every
// page); a .warc record by record. Every hash is recomputed here, never taken from the packager.
import { readFileSync } from 'node:fs';
import { compareSums, parseSums, sha256 } from './archive/checksums.ts';
import { readZip, readZipEntries } from './archive/zip.ts';
import { verifyWacz } from './archive/wacz/verify-wacz.ts';
import { verifyWarc } from './archive/wacz/verify-warc.ts';

const path = process.argv[2];
if (!path) {
  console.error('Gebruik: npm run archive:verify -- <archief.zip | archief.wacz | archief.warc>');
  process.exit(2);
}

function fail(problems: string[]): never {
  for (const p of problems) console.log(`FOUT  ${p}`);
  console.log(`${path}: NIET in orde (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'})`);
  process.exit(1);
}

async function read<T>(load: () => Promise<T> | T): Promise<T> {
  try {
    return await load();
  } catch (err) {
    console.error(`Kan ${path} niet lezen: ${(err as Error).message}`);
    process.exit(2);
  }
}

if (path.endsWith('.wacz')) {
  const report = verifyWacz(await read(() => readZipEntries(path)));
  if (report.problems.length > 0) fail(report.problems);
  console.log(
    `${path}: in orde, ${report.files} bestanden, ${report.records} WARC-records, ${report.indexLines} indexregels en ${report.pages} pagina's nagerekend`,
  );
} else if (path.endsWith('.warc')) {
  const check = verifyWarc(path, await read(() => readFileSync(path)));
  if (check.problems.length > 0) fail(check.problems);
  console.log(`${path}: in orde, ${check.records.length} WARC-records met kloppende digests`);
} else {
  const files = await read(() => readZip(path));
  const sumsFile = files.get('SHA256SUMS');
  if (!sumsFile) {
    console.error(`${path}: SHA256SUMS ontbreekt, het archief kan niet gecontroleerd worden.`);
    process.exit(1);
  }
  const actual = new Map([...files].map(([name, data]) => [name, sha256(data)]));
  const report = compareSums(parseSums(sumsFile.toString('utf8')), actual);
  for (const f of report.changed) console.log(`GEWIJZIGD  ${f}`);
  for (const f of report.missing) console.log(`ONTBREEKT  ${f}`);
  for (const f of report.extra) console.log(`EXTRA      ${f}`);
  const problems = report.changed.length + report.missing.length + report.extra.length;
  if (problems > 0) {
    console.log(`${path}: NIET in orde (${report.changed.length} gewijzigd, ${report.missing.length} ontbrekend, ${report.extra.length} extra)`);
    process.exit(1);
  }
  console.log(`${path}: in orde, ${actual.size - 1} bestanden komen overeen met SHA256SUMS`);
}
