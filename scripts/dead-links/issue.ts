/** Where and as whom the script talks to GitHub. */
export interface IssueTarget {
  /** https://api.github.com, or GITHUB_API_URL on GitHub Enterprise (and a local server in the tests). */
  apiUrl: string;
  /** owner/name */
  repo: string;
  token: string;
}

export const ISSUE_TITLE = 'Dode links in de Databank';
export const ISSUE_LABEL = 'dode-links';

interface IssueRef {
  number: number;
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

async function call<T>(target: IssueTarget, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(path, target.apiUrl.endsWith('/') ? target.apiUrl : `${target.apiUrl}/`), {
    method,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${target.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'dode-links-databank',
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!res.ok) {
    const text = await res.text();
    throw new Error(`GitHub antwoordde ${res.status} op ${method} ${path}: ${text.slice(0, 300)}`);
  }
  return (await res.json()) as T;
}

/** The open issue this script made before: same label, same title, and its marker in the body. */
async function findOpenIssue(target: IssueTarget, marker: string): Promise<IssueRef | undefined> {
  const list = await call<IssueRef[]>(target, 'GET', `repos/${target.repo}/issues?state=open&labels=${ISSUE_LABEL}&per_page=100`);
  return list.find((i) => !i.pull_request && i.title === ISSUE_TITLE && (i.body ?? '').includes(marker));
}

export type IssueOutcome = { action: 'geopend' | 'bijgewerkt' | 'gesloten'; number: number } | { action: 'niets' };

/**
 * Keeps one issue with the dead links: opens it when there are dead links and none is open,
 * updates it when it is open, and closes it with a last note once nothing is dead any more.
 */
export async function upsertIssue(target: IssueTarget, body: string, anyDead: boolean, marker: string): Promise<IssueOutcome> {
  const open = await findOpenIssue(target, marker);
  if (!anyDead) {
    if (!open) return { action: 'niets' };
    await call(target, 'PATCH', `repos/${target.repo}/issues/${open.number}`, { body, state: 'closed', state_reason: 'completed' });
    return { action: 'gesloten', number: open.number };
  }
  if (open) {
    await call(target, 'PATCH', `repos/${target.repo}/issues/${open.number}`, { body });
    return { action: 'bijgewerkt', number: open.number };
  }
  const made = await call<IssueRef>(target, 'POST', `repos/${target.repo}/issues`, { title: ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
  return { action: 'geopend', number: made.number };
}
