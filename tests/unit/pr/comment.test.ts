import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_COMMENT, upsertComment, type CommentTarget } from '../../../scripts/pr/comment';
import { REPORT_MARKER } from '../../../scripts/pr/reportMarkdown';

/** A local stand-in for GitHub's REST API for issue comments: the calls, paging and token check it needs. */
interface Stored {
  id: number;
  body: string;
}
let comments: Stored[] = [];
let calls: string[] = [];
let server: Server;
let api: string;
const TOKEN = 'test-token';
const REPO = 'vlaanderen/site';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    calls.push(`${req.method} ${url.pathname}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const list = url.pathname.match(/^\/repos\/vlaanderen\/site\/issues\/7\/comments$/);
      const one = url.pathname.match(/^\/repos\/vlaanderen\/site\/issues\/comments\/(\d+)$/);
      if (list && req.method === 'GET') {
        const per = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(200, comments.slice((page - 1) * per, page * per));
      }
      if (list && req.method === 'POST') {
        const c = { id: 1000 + comments.length, body: JSON.parse(raw).body };
        comments.push(c);
        return send(201, c);
      }
      const found = one && comments.find((c) => c.id === Number(one[1]));
      if (found && req.method === 'PATCH') {
        found.body = JSON.parse(raw).body;
        return send(200, found);
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server?.close());
beforeEach(() => {
  comments = [{ id: 1, body: 'Mooi werk!' }];
  calls = [];
});

const target = (): CommentTarget => ({ api, token: TOKEN, repo: REPO, issue: 7 });
const report = (text: string) => `${REPORT_MARKER}\n## Rapport\n\n${text}\n`;

describe('posting the report as one pull-request comment', () => {
  it('creates the comment on the first push', async () => {
    expect(await upsertComment(target(), REPORT_MARKER, report('eerste'))).toEqual({ action: 'aangemaakt', id: 1001 });
    expect(comments.map((c) => c.body)).toEqual(['Mooi werk!', report('eerste')]);
  });

  it('updates that comment on the next push instead of adding one, and leaves other comments alone', async () => {
    await upsertComment(target(), REPORT_MARKER, report('eerste'));
    expect(await upsertComment(target(), REPORT_MARKER, report('tweede'))).toEqual({ action: 'bijgewerkt', id: 1001 });
    expect(comments.map((c) => c.body)).toEqual(['Mooi werk!', report('tweede')]);
    expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('finds its comment on a later page of a long discussion', async () => {
    comments = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `reactie ${i + 1}` }));
    comments.splice(120, 0, { id: 999, body: report('oud') });
    expect(await upsertComment(target(), REPORT_MARKER, report('nieuw'))).toEqual({ action: 'bijgewerkt', id: 999 });
    expect(calls).toContain('GET /repos/vlaanderen/site/issues/7/comments');
    expect(comments.filter((c) => c.body.includes(REPORT_MARKER))).toEqual([{ id: 999, body: report('nieuw') }]);
  });

  it('shortens a report over GitHub’s limit and says where the rest is', async () => {
    await upsertComment(target(), REPORT_MARKER, report('x'.repeat(MAX_COMMENT)));
    const posted = comments.at(-1)!.body;
    expect(posted.length).toBeLessThanOrEqual(MAX_COMMENT);
    expect(posted).toContain('het volledige rapport staat in het artefact');
  });

  it('stops with GitHub’s answer when the API refuses', async () => {
    await expect(upsertComment({ ...target(), token: 'fout' }, REPORT_MARKER, report('x'))).rejects.toThrow(/401.*Bad credentials/);
  });

  it('npm run pr-comment posts the report file with the settings GitHub Actions gives it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-')), 'rapport.md');
    writeFileSync(file, report('uit een bestand'));
    const env = { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, PR_NUMBER: '7', GITHUB_API_URL: api };
    const run = () => promisify(execFile)('npx', ['tsx', 'scripts/pr-comment.ts', '--file', file], { env });
    expect((await run()).stdout).toContain('Reactie 1001 aangemaakt bij pull request #7.');
    expect((await run()).stdout).toContain('Reactie 1001 bijgewerkt bij pull request #7.');
    expect(comments.map((c) => c.body)).toEqual(['Mooi werk!', report('uit een bestand')]);
  }, 60_000);
});
