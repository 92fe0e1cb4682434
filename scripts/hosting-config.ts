// npm run hosting:config: writes hosting/nginx.conf, the reference configuration for a server of
// one's own, from src/headers.ts and src/redirects.ts. A unit test fails when it is out of date.
import { writeFileSync } from 'node:fs';
import { referenceNginxConfig } from '../src/hosting/referenceConfig.ts';

writeFileSync('hosting/nginx.conf', referenceNginxConfig());
console.log('hosting/nginx.conf geschreven');
