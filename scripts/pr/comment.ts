/** Where and as whom to post: the GitHub REST API (or a local stand-in in tests). */
export interface CommentTarget {
  /** https://api.github.com on github.com, GITHUB_API_URL in Actions. */
  api: string;
  token: string;
  /** owner/name */
  repo: string;
  /** Pull request number (a pull request is an issue for comments). */
  issue: number;
}

/** GitHub's limit for one comment body. */
export const MAX_COMMENT = 65_536;

interface Comment {
  id: number;
  body?: string;
}

async function call(t: CommentTarget, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${t.api.replace(/\/$/, '')}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${t.token}`,
      'x-github-api-version': '2022-11-28',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`GitHub antwoordde ${res.status} op ${method} ${path}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** The comment body, shortened with a note when it is over GitHub's limit (the full report is in the artifact). */
export function fitComment(body: string): string {
  if (body.length <= MAX_COMMENT) return body;
  const note = '\n\n… Dit rapport is te lang voor één reactie; het volledige rapport staat in het artefact van deze controle.\n';
  return body.slice(0, MAX_COMMENT - note.length) + note;
}

/**
 * Posts the report as one comment on the pull request: the earlier comment that holds `marker` is updated,
 * so each push replaces the report instead of adding another. Pages through every comment to find it.
 */
export async function upsertComment(t: CommentTarget, marker: string, body: string): Promise<{ action: 'aangemaakt' | 'bijgewerkt'; id: number }> {
  const text = fitComment(body);
  for (let page = 1; ; page++) {
    const comments = (await call(t, 'GET', `/repos/${t.repo}/issues/${t.issue}/comments?per_page=100&page=${page}`)) as Comment[];
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) {
      await call(t, 'PATCH', `/repos/${t.repo}/issues/comments/${mine.id}`, { body: text });
      return { action: 'bijgewerkt', id: mine.id };
    }
    if (comments.length < 100) break;
  }
  const created = (await call(t, 'POST', `/repos/${t.repo}/issues/${t.issue}/comments`, { body: text })) as Comment;
  return { action: 'aangemaakt', id: created.id };
}
