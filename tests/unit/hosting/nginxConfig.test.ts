import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nginxConfig } from '@/hosting/nginxConfig';
import { referenceNginxConfig } from '@/hosting/referenceConfig';
import { redirects } from '@/redirects';

describe('the nginx configuration', () => {
  it('hosting/nginx.conf is what npm run hosting:config writes from the current definitions', () => {
    expect(readFileSync('hosting/nginx.conf', 'utf8')).toBe(referenceNginxConfig());
  });

  it('has a 301 for every old address, with and without its slash', () => {
    const config = nginxConfig({ listen: '8080', root: '/srv/site', redirects });
    for (const [from, to] of Object.entries(redirects)) {
      expect(config).toContain(`location = ${from} {`);
      expect(config).toContain(`location = ${from}/ {`);
      expect(config).toContain(`return 301 ${to};`);
    }
  });

  it('serves the precompressed files and compresses nothing per request', () => {
    const config = nginxConfig({ listen: '8080', root: '/srv/site', redirects: {} });
    expect(config).toMatch(/^\s*brotli_static on;$/m);
    expect(config).toMatch(/^\s*gzip_static on;$/m);
    expect(config).toMatch(/^\s*gzip off;$/m);
  });
});
