import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { ISSUE_LABEL, ISSUE_TITLE, upsertIssue, type IssueTarget } from '../../../scripts/dead-links/issue.ts';

const MARKER = '<!-- dode-links-databank -->';

/** A local stand-in for the GitHub issues API: keeps issues in memory and records every call. */
interface Issue { number: number; title: string; body: string; state: string; labels: string[]; pull_request?: object }
let issues: Issue[] = [];
let calls: string[] = [];
let failWith: number | undefined;
let server: Server;
let target: IssueTarget;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      const json = (status: number, v: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(v));
      if (req.headers.authorization !== 'Bearer t0ken') return json(401, { message: 'Bad credentials' });
      if (failWith) return json(failWith, { message: 'Server Error' });
      const url = new URL(req.url!, 'http://x');
      const body = raw ? JSON.parse(raw) : {};
      if (req.method === 'GET' && url.pathname === '/repos/o/r/issues') {
        const label = url.searchParams.get('labels');
        return json(200, issues.filter((i) => i.state === url.searchParams.get('state') && (!label || i.labels.includes(label))));
      }
      if (req.method === 'POST' && url.pathname === '/repos/o/r/issues') {
        const made = { number: issues.length + 1, state: 'open', ...body };
        issues.push(made);
        return json(201, made);
      }
      const m = /^\/repos\/o\/r\/issues\/(\d+)$/.exec(url.pathname);
      const issue = m && issues.find((i) => i.number === Number(m[1]));
      if (req.method === 'PATCH' && issue) {
        Object.assign(issue, body);
        return json(200, issue);
      }
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  target = { apiUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`, repo: 'o/r', token: 't0ken' };
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => {
  issues = [];
  calls = [];
  failWith = undefined;
});

describe('the dead-link issue on GitHub', () => {
  it('opens one issue with the title, the label and the report when links are dead', async () => {
    const outcome = await upsertIssue(target, `${MARKER}\nrapport`, true, MARKER);
    expect(outcome).toEqual({ action: 'geopend', number: 1 });
    expect(issues).toMatchObject([{ title: ISSUE_TITLE, labels: [ISSUE_LABEL], body: `${MARKER}\nrapport`, state: 'open' }]);
  });

  it('updates the open issue instead of opening a second one', async () => {
    issues.push({ number: 4, title: ISSUE_TITLE, body: `${MARKER}\noud`, state: 'open', labels: [ISSUE_LABEL] });
    expect(await upsertIssue(target, `${MARKER}\nnieuw`, true, MARKER)).toEqual({ action: 'bijgewerkt', number: 4 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toBe(`${MARKER}\nnieuw`);
  });

  it('leaves alone an issue with the same title that someone else wrote, and a pull request', async () => {
    issues.push({ number: 1, title: ISSUE_TITLE, body: 'door een mens', state: 'open', labels: [ISSUE_LABEL] });
    issues.push({ number: 2, title: ISSUE_TITLE, body: MARKER, state: 'open', labels: [ISSUE_LABEL], pull_request: {} });
    expect(await upsertIssue(target, `${MARKER}\nrapport`, true, MARKER)).toEqual({ action: 'geopend', number: 3 });
    expect(issues[0]!.body).toBe('door een mens');
  });

  it('closes the open issue with a last report once nothing is dead', async () => {
    issues.push({ number: 4, title: ISSUE_TITLE, body: `${MARKER}\noud`, state: 'open', labels: [ISSUE_LABEL] });
    expect(await upsertIssue(target, `${MARKER}\nalles in orde`, false, MARKER)).toEqual({ action: 'gesloten', number: 4 });
    expect(issues[0]).toMatchObject({ state: 'closed', body: `${MARKER}\nalles in orde` });
  });

  it('does nothing when nothing is dead and no issue is open', async () => {
    expect(await upsertIssue(target, MARKER, false, MARKER)).toEqual({ action: 'niets' });
    expect(calls.filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('stops with the status and GitHub’s message when the API refuses', async () => {
    failWith = 502;
    await expect(upsertIssue(target, MARKER, true, MARKER)).rejects.toThrow(/GitHub antwoordde 502 .*Server Error/);
    await expect(upsertIssue({ ...target, token: 'fout' }, MARKER, true, MARKER)).rejects.toThrow(/401.*Bad credentials/);
  });
});
