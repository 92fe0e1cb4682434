import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../../src/check/problem.ts';
import { changedFiles, extractTree } from './git.ts';
import { siteModel, type SiteModel } from './pageModel.ts';
import { loadSnapshot } from './snapshot.ts';
import { missingRedirects, redirectCollisions } from './urlChanges.ts';

/** The redirect map of a working tree (its src/redirects.ts), empty when it has none. */
export async function loadRedirects(dir: string): Promise<Record<string, string>> {
  const file = join(dir, 'src', 'redirects.ts');
  if (!existsSync(file)) return {};
  const mod = (await import(pathToFileURL(file).href)) as { redirects?: Record<string, string> };
  return mod.redirects ?? {};
}

/** The site of a git ref, read from its content/ and public/ (extracted to a temporary folder, removed after). */
export function modelAt(ref: string, cwd: string): SiteModel {
  const dir = extractTree(ref, ['content', 'public'], cwd);
  try {
    return siteModel(loadSnapshot(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** URLs of `baseRef` that the working tree in `cwd` drops without a redirect. */
export async function urlProblems(baseRef: string, cwd: string, head = siteModel(loadSnapshot(cwd))): Promise<Problem[]> {
  const renames = new Map(changedFiles(baseRef, cwd).filter((f) => f.status === 'R').map((f) => [f.from!, f.path]));
  const redirects = await loadRedirects(cwd);
  const file = join(cwd, 'src', 'redirects.ts');
  return [
    ...missingRedirects({ base: modelAt(baseRef, cwd), head, redirects, renames, repoDir: cwd }),
    ...(existsSync(file) ? redirectCollisions(head, redirects, resolve(file), readFileSync(file, 'utf8')) : []),
  ];
}
