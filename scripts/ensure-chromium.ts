// Browser tests need Debian's chromium. Install it when we can (root with apt); otherwise stop
// with one line that says what to install. Never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { CHROMIUM as path } from './lib/chromium.ts';
if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    console.error(`Chromium ontbreekt: installeer het Debian-pakket "chromium" (sudo apt-get install chromium) of zet CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Chromium ontbreekt; installeren met apt-get …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (!existsSync(path)) {
    console.error('Installatie van chromium mislukt: installeer het Debian-pakket "chromium".');
    process.exit(1);
  }
}
console.log(`Chromium gevonden: ${path}`);
