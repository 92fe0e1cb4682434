import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startServer, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { findDeadLinks, type DeadLink } from '../../../scripts/dead-links/find.ts';
import { deadLinksPerFiche, ficheLinks, reportBody } from '../../../scripts/dead-links/report.ts';

/** Listens on a free local port and resolves with its base URL. */
function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}
const close = (s: Server) => new Promise<void>((ok) => { s.closeAllConnections(); s.close(() => ok()); });

// "Other sites" on one local server: every way a link can die, and one that lives.
let elsewhere: { server: Server; url: string };
let site: StaticServer;
let dead: DeadLink[];
const tmp = mkdtempSync(join(tmpdir(), 'dode-links-'));
const siteDir = join(tmp, 'dist');
const contentDir = join(tmp, 'content');

const page = (links: string[]) => `<!doctype html><html lang="nl"><head><title>t</title></head><body>${links.map((l) => `<a href="${l}">${l}</a>`).join(' ')}</body></html>`;

beforeAll(async () => {
  elsewhere = await listen((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>ok</p>');
    if (path === '/weg' || path === '/vereniging') return void res.writeHead(404).end();
    if (path === '/verwijderd') return void res.writeHead(410).end();
    if (path === '/kapot') return void res.writeHead(500).end();
    if (path === '/lus') return void res.writeHead(302, { Location: '/lus' }).end();
    if (path === '/traag') return; // never answers: the checker has to give up
    res.writeHead(404).end();
  });
  const x = (p: string) => `${elsewhere.url}${p}`;
  mkdirSync(join(siteDir, 'databank', 'proef'), { recursive: true });
  mkdirSync(join(siteDir, 'over'), { recursive: true });
  writeFileSync(join(siteDir, 'index.html'), page(['/databank/proef/', '/over/']));
  // The last link stands for the page's own chrome (an edit link): dead or not, it is no fiche content.
  writeFileSync(join(siteDir, 'databank', 'proef', 'index.html'), page([x('/weg'), x('/verwijderd'), x('/kapot'), x('/ok'), x('/lus'), x('/traag'), 'mailto:info@voorbeeld.be', x('/vereniging'), x('/bewerken')]));
  writeFileSync(join(siteDir, 'over', 'index.html'), page([x('/weg')]));
  mkdirSync(join(contentDir, 'goede-praktijken'), { recursive: true });
  mkdirSync(join(contentDir, 'organisaties'), { recursive: true });
  writeFileSync(join(contentDir, 'organisaties', 'vereniging.yaml'), `naam: Vereniging\nwebsite: ${x('/vereniging')}\n`);
  writeFileSync(
    join(contentDir, 'goede-praktijken', 'proef.md'),
    `---\ntitel: Proefpraktijk\neigenaar: vereniging\ncontact:\n  email: info@voorbeeld.be\n  website: ${x('/weg')}\nbron:\n  - ${x('/verwijderd')}\n  - ${x('/kapot')}\n  - ${x('/ok')}\nzieOok:\n  - titel: Verder lezen\n    url: ${x('/lus')}\n---\n\nZie [dit](${x('/traag')}).\n`,
  );
  site = await startServer({ dir: siteDir, createServer });
  dead = await findDeadLinks(`${site.url}/`, { timeout: 1500 });
}, 60_000);

afterAll(async () => {
  await site?.close();
  if (elsewhere) await close(elsewhere.server);
  rmSync(tmp, { recursive: true, force: true });
});

describe('finding dead links outside the site', () => {
  const on = (path: string) => dead.filter((d) => d.page === '/databank/proef/').find((d) => d.url.endsWith(path));

  it('reports a page that is not found (404)', () => {
    expect(on('/weg')).toMatchObject({ status: 404, reden: 'pagina niet gevonden (404)' });
  });

  it('reports a page that is gone (410)', () => {
    expect(on('/verwijderd')).toMatchObject({ status: 410, reden: 'pagina verwijderd (410)' });
  });

  it('reports a server error (500)', () => {
    expect(on('/kapot')).toMatchObject({ status: 500, reden: 'serverfout (500)' });
  });

  it('reports a redirect loop', () => {
    expect(on('/lus')?.reden).toMatch(/doorverwijzingen/);
  });

  it('reports a site that does not answer in time', () => {
    expect(on('/traag')?.reden).toMatch(/niet op tijd/);
  });

  it('leaves out a link that works, e-mail addresses and the site’s own pages', () => {
    expect(on('/ok')).toBeUndefined();
    expect(dead.some((d) => d.url.startsWith('mailto:') || d.url.startsWith(site.url))).toBe(false);
  });
});

describe('the report per fiche', () => {
  it('lists the dead links of each fiche by where they sit in its file, contact first, and no other pages or page chrome', () => {
    const groups = deadLinksPerFiche(dead, ficheLinks(contentDir));
    expect(groups.map((g) => g.fiche.id)).toEqual(['proef']);
    expect(groups[0]!.links.map((l) => `${l.kind} ${new URL(l.link.url).pathname}`)).toEqual([
      'contact /weg', 'bron /kapot', 'bron /verwijderd', 'zieOok /lus', 'organisatie /vereniging', 'tekst /traag',
    ]);
  });

  it('writes a Dutch issue body naming the fiche, its file and each dead link with its reason', () => {
    const body = reportBody(deadLinksPerFiche(dead, ficheLinks(contentDir)), '30 november 2026');
    expect(body).toContain('6 dode links op 1 fiche');
    expect(body).toContain('### Proefpraktijk');
    expect(body).toContain('`content/goede-praktijken/proef.md`');
    expect(body).toContain(`- **Contact (\`contact.website\`)**: <${elsewhere.url}/weg> — pagina niet gevonden (404)`);
  });

  it('says so when nothing is dead', () => {
    expect(reportBody([], '30 november 2026')).toContain('geen dode contact- of bronlinks meer');
  });
});

describe('npm run links:extern', () => {
  it('checks the built site and opens the issue through the GitHub API', async () => {
    const requests: { method: string; url: string; auth?: string; body: string }[] = [];
    const api = await listen((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
        res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' });
        res.end(req.method === 'GET' ? '[]' : JSON.stringify({ number: 7, title: 'x' }));
      });
    });
    try {
      const { stdout } = await promisify(execFile)(resolve('node_modules/.bin/tsx'), ['scripts/dead-links.ts', '--site', siteDir, '--timeout', '1500'], {
        env: { ...process.env, CONTENT_ROOT: contentDir, GITHUB_TOKEN: 'geheim', GITHUB_REPOSITORY: 'vlaanderen/site', GITHUB_API_URL: api.url },
      });
      expect(stdout).toContain('Issue #7 geopend.');
      const post = requests.find((r) => r.method === 'POST')!;
      expect(post.url).toBe('/repos/vlaanderen/site/issues');
      expect(post.auth).toBe('Bearer geheim');
      expect(JSON.parse(post.body)).toMatchObject({ title: 'Dode links in de Databank', labels: ['dode-links'] });
      expect(JSON.parse(post.body).body).toContain('### Proefpraktijk');
    } finally {
      await close(api.server);
    }
  }, 60_000);
});
