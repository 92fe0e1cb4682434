import { redirects } from '../redirects.ts';
import { nginxConfig } from './nginxConfig.ts';

/** Where the reference configuration expects the site; the README's deploy steps put it there. */
export const REFERENCE_ROOT = '/srv/preventie-radicalisering-polarisering/dist';

/**
 * hosting/nginx.conf: the configuration the tests run, for a server of one's own. It listens on
 * 8080 without TLS: the certificate and port 443 belong to the host's proxy or its own `listen`.
 */
export function referenceNginxConfig(): string {
  return nginxConfig({ listen: '8080', root: REFERENCE_ROOT, redirects, user: 'www-data' });
}
