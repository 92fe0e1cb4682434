// Browser tests need Debian's chromium. Install it when we can (root with apt); otherwise stop
// with one line that says what to install. Never downloads a browser of its own.
import { ensureDebianPackages } from './lib/ensure-debian.ts';
import { CHROMIUM as path } from './lib/chromium.ts';

ensureDebianPackages({ what: 'Chromium', files: [path], packages: ['chromium'], envHint: 'CHROMIUM_PATH' });
console.log(`Chromium gevonden: ${path}`);
