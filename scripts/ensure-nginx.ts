// The server tests run the generated configuration in Debian's nginx with the Brotli module.
// Install them when we can (root with apt); otherwise stop with one line that says what to install.
import { BROTLI_STATIC_MODULE, NGINX_BINARY, NGINX_PACKAGES } from '../src/hosting/nginxConfig.ts';
import { ensureDebianPackages } from './lib/ensure-debian.ts';

ensureDebianPackages({ what: 'nginx', files: [NGINX_BINARY, BROTLI_STATIC_MODULE], packages: NGINX_PACKAGES });
console.log(`nginx gevonden: ${NGINX_BINARY} met ${BROTLI_STATIC_MODULE}`);
