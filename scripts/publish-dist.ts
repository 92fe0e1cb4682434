// Moves a finished build from the staging folder to dist/ in one rename, so a server pointed
// at dist/ never sees a half-written site: it has the old build or the new one, nothing between.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { STAGING_DIR } from '../src/config.ts';

const staging = resolve(STAGING_DIR);
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const old = `${dist}.old`;

if (!existsSync(resolve(staging, 'index.html'))) {
  console.error(`Geen volledige build gevonden in ${staging}; dist/ blijft ongewijzigd.`);
  process.exit(1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Site gepubliceerd in ${dist}`);
