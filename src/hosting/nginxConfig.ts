import { CONTENT_TYPES, DEFAULT_CONTENT_TYPE, PATH_RULES, responseHeaders } from '../headers.ts';

/** Debian's packages for the server (bookworm): nginx itself and the module that serves .br files. */
export const NGINX_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];
export const NGINX_BINARY = '/usr/sbin/nginx';
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxOptions {
  /** Where nginx listens: a port, or address:port. */
  listen: string;
  /** The built site (dist/), absolute or relative to nginx's prefix (-p). */
  root: string;
  /** Old paths and their new pages (src/redirects.ts). */
  redirects: Record<string, string>;
  /** Worker processes; `auto` is one per core. */
  workers?: number | 'auto';
  /** The user the workers run as when nginx starts as root (must be able to read `root`). */
  user?: string;
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** add_header lines for a path; `always` so a 404 or a redirect carries them too. */
function headerLines(path: string, indent: string): string[] {
  return responseHeaders(path).map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`);
}

/** nginx's `types` block from CONTENT_TYPES; the charset goes to charset_types, as nginx wants. */
function typesBlock(): { types: string[]; charsetTypes: string[] } {
  const byType = new Map<string, string[]>();
  const charsetTypes = new Set<string>();
  for (const [ext, full] of Object.entries(CONTENT_TYPES)) {
    const [type, param] = full.split(';').map((s) => s.trim());
    byType.set(type!, [...(byType.get(type!) ?? []), ext]);
    if (param && type !== 'text/html') charsetTypes.add(type!);
  }
  return { types: [...byType].map(([type, exts]) => `        ${type} ${exts.join(' ')};`), charsetTypes: [...charsetTypes] };
}

/**
 * A complete nginx.conf for the built site, run as
 * `nginx -p <state folder> -c <this file> -e stderr -g 'daemon off;'` (no systemd needed): the
 * headers of src/headers.ts on every response, the 301s of src/redirects.ts, the Dutch 404 page
 * with status 404, folder URLs with a trailing slash, and the precompressed .br/.gz files.
 */
export function nginxConfig(opts: NginxOptions): string {
  const { types, charsetTypes } = typesBlock();
  const rules = [...PATH_RULES].sort((a, b) => a.path.length - b.path.length);
  const locations = rules.map((rule) => {
    const match = rule.path.endsWith('/') ? `^~ ${rule.path}` : `= ${rule.path}`;
    return [
      `        # ${rule.why}`,
      `        location ${match} {`,
      ...headerLines(rule.path, '            '),
      `            try_files $uri $uri/ =404;`,
      `        }`,
    ].join('\n');
  });
  const redirects = Object.entries(opts.redirects).flatMap(([from, to]) => {
    const bare = from.replace(/\/+$/, '');
    return [bare, `${bare}/`].map((path) =>
      [`        location = ${path} {`, ...headerLines(path, '            '), `            return 301 ${to};`, `        }`].join('\n'),
    );
  });
  return `# Generated from src/headers.ts and src/redirects.ts (npm run hosting:config); edit those, not this file.
# Start without systemd: nginx -p <state folder> -c <this file> -e stderr -g 'daemon off;'
load_module ${BROTLI_STATIC_MODULE};
${opts.user ? `user ${opts.user};\n` : ''}worker_processes ${opts.workers ?? 'auto'};
pid nginx.pid;
error_log stderr;

events {
    worker_connections 512;
}

http {
    # Paths relative to the prefix (-p), so the server needs no folder of its own under /var.
    client_body_temp_path temp;
    proxy_temp_path temp;
    fastcgi_temp_path temp;
    uwsgi_temp_path temp;
    scgi_temp_path temp;
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;

    types {
${types.join('\n')}
    }
    default_type ${DEFAULT_CONTENT_TYPE};
    charset utf-8;
    charset_types ${charsetTypes.join(' ')};

    # Every compressible file has a .br (Brotli 11, 9 from 1 MB) and a .gz (gzip -9) beside it: nothing is
    # compressed per request. Pagefind's index files are gzip data already and have neither.
    gzip off;
    gzip_static on;
    brotli_static on;
    gzip_vary on;

    server {
        listen ${opts.listen};
        server_name _;
        root ${opts.root};
        index index.html;
        # Redirects to a folder's slash keep the visitor's own host and scheme.
        absolute_redirect off;
        # A folder without index.html (nginx: 403) is a page that does not exist either.
        error_page 403 404 =404 /404.html;

        location / {
${headerLines('/', '            ').join('\n')}
            try_files $uri $uri/ =404;
        }

${locations.join('\n\n')}

        # Old addresses (src/redirects.ts), with and without their trailing slash.
${redirects.join('\n')}
    }
}
`;
}
