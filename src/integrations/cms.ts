import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { cmsConfig, type CmsBackend } from '../cms/config.ts';
import { contentType } from '../headers.ts';
import { proxyTo } from '../cms/proxy.ts';
import { TAXONOMY_NAMES, taxonomyIds } from '../schemas/taxonomies.ts';

export interface CmsOptions {
  backend: CmsBackend;
  site: string;
  /** decap-server's API (`npm run cms`), passed on at /api/v1 by the dev server. */
  proxyTarget?: string | undefined;
}

const decapDist = () => join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
const here = dirname(fileURLToPath(import.meta.url));

/** The Decap files the page loads: the main bundle, its lazy chunks and WebAssembly; no source maps. */
const isDecapFile = (name: string) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name);

/** The admin page. Not an Astro page: it has no site layout, its own CSP and must not be indexed. */
export const ADMIN_HTML = `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Beheerscherm – Preventie gewelddadige radicalisering en polarisering</title>
<script src="/admin/beheer.js"></script>
</head>
<body>
<noscript>Het beheerscherm werkt alleen met JavaScript. U kunt de inhoud ook in GitHub bewerken: zie CONTRIBUTING.md.</noscript>
</body>
</html>
`;

/** The admin's own files, built from src/cms: the script (previews, start-up) and the preview CSS. */
async function ownFiles(site: string): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: { beheer: join(here, '../cms/admin.ts'), preview: join(here, '../cms/preview.css') },
    bundle: true,
    minify: true,
    write: false,
    outdir: '/admin',
    format: 'iife',
    target: 'es2022',
    define: {
      __SITE_URL__: JSON.stringify(site),
      __TAXONOMY_IDS__: JSON.stringify(Object.fromEntries(TAXONOMY_NAMES.map((n) => [n, taxonomyIds(n)]))),
    },
    // The schemas run in the browser too; their taxonomy loader reads files, the bundle gets the ids.
    plugins: [
      {
        name: 'taxonomies-in-bundle',
        setup(b) {
          b.onResolve({ filter: /\/taxonomies(\.ts)?$/ }, (args) =>
            args.importer.includes(`${join('src', 'schemas')}`) ? { path: join(here, '../cms/taxonomies.browser.ts') } : undefined,
          );
        },
      },
    ],
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((f) => [f.path.split('/').pop()!, f.text]));
}

/** Every file of /admin/ except Decap's own, by name. */
export async function adminFiles(options: CmsOptions): Promise<Map<string, string>> {
  const files = await ownFiles(options.site);
  files.set('index.html', ADMIN_HTML);
  files.set('config.yml', `# Gegenereerd uit src/schemas en content/taxonomie bij elke build (src/cms/config.ts).\n${stringify(cmsConfig(options.backend, options.site), { aliasDuplicateObjects: false, lineWidth: 0 })}`);
  return files;
}

/**
 * Decap CMS at /admin/: in `astro build` its files are written next to the site (after Pagefind,
 * so the search index never sees them, and outside the sitemap, which lists Astro's pages only);
 * in `astro dev` they are served fresh on each request, and /api/v1 goes to decap-server.
 */
export default function cms(options: CmsOptions): AstroIntegration {
  return {
    name: 'cms',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        const proxy = options.proxyTarget ? proxyTo(options.proxyTarget) : undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cms-admin',
                configureServer(server) {
                  server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
                    const path = new URL(req.url ?? '/', 'http://x').pathname;
                    if (proxy && path.startsWith('/api/v1')) return proxy(req, res);
                    if (!path.startsWith('/admin/')) return next();
                    const name = path.slice('/admin/'.length) || 'index.html';
                    try {
                      const body = isDecapFile(name) ? readFileSync(join(decapDist(), name)) : (await adminFiles(options)).get(name);
                      if (body === undefined) return next();
                      res.setHeader('Content-Type', contentType(path));
                      res.end(body);
                    } catch (error) {
                      res.statusCode = 500;
                      res.end(String(error));
                    }
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        for (const [name, text] of await adminFiles(options)) writeFileSync(join(out, name), text);
        const decap = readdirSync(decapDist()).filter(isDecapFile);
        for (const name of decap) copyFileSync(join(decapDist(), name), join(out, name));
        logger.info(`/admin/: Decap CMS (${decap.length} bestanden) en config.yml uit de schema's`);
      },
    },
  };
}
