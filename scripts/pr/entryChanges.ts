import { relative } from 'node:path';
import type { Entry } from '../../src/check/files.ts';
import type { ChangedFile } from './git.ts';
import type { SiteModel } from './pageModel.ts';
import { record } from './snapshot.ts';

export type ChangeKind = 'toegevoegd' | 'gewijzigd' | 'hernoemd' | 'verwijderd';

/** One content file of a pull request, as a reviewer sees it: what happened, and at which address. */
export interface EntryChange {
  kind: ChangeKind;
  /** Repository path after the change (before it, for a removed file). */
  path: string;
  /** Repository path before a rename. */
  from?: string;
  before?: Entry;
  after?: Entry;
  /** Published address before and after; undefined when the entry has no page or is a draft. */
  oldUrl?: string;
  url?: string;
  /** For a file that is not an entry (a taxonomy, an image): what it is, instead of an address. */
  note?: string;
}

const rel = (m: SiteModel, e: Entry) => relative(m.snapshot.dir, e.file).split('\\').join('/');
const published = (m: SiteModel, e: Entry | undefined) => {
  const url = e && m.snapshot.site.urlOf.get(e);
  return url && m.pages.has(url) && record(e!.data).draft !== true ? url : undefined;
};
const same = (a: Entry, b: Entry) => JSON.stringify([a.data, a.body]) === JSON.stringify([b.data, b.body]);

/** Content entries added, changed, renamed or removed between two snapshots, in path order. */
export function entryChanges(base: SiteModel, head: SiteModel, renames: ReadonlyMap<string, string> = new Map()): EntryChange[] {
  const before = new Map(base.snapshot.entries.map((e) => [rel(base, e), e]));
  const renamedTo = new Map([...renames].map(([from, to]) => [to, from]));
  const changes: EntryChange[] = [];
  const seen = new Set<string>();
  for (const after of head.snapshot.entries) {
    const path = rel(head, after);
    const from = renamedTo.get(path);
    const old = before.get(from ?? path);
    const base_ = { path, after, url: published(head, after) };
    if (from && old) {
      seen.add(from);
      changes.push({ ...base_, kind: 'hernoemd', from, before: old, oldUrl: published(base, old) });
    } else if (old) {
      seen.add(path);
      const oldUrl = published(base, old);
      if (!same(old, after) || oldUrl !== base_.url) changes.push({ ...base_, kind: 'gewijzigd', before: old, oldUrl });
    } else {
      changes.push({ ...base_, kind: 'toegevoegd' });
    }
  }
  for (const [path, old] of before) {
    if (!seen.has(path)) changes.push({ kind: 'verwijderd', path, before: old, oldUrl: published(base, old) });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

const GIT_KIND: Record<ChangedFile['status'], ChangeKind> = { A: 'toegevoegd', M: 'gewijzigd', D: 'verwijderd', R: 'hernoemd' };

/** Changed files under content/ and public/ that are not entries: taxonomies and images, with what they are. */
export function otherChanges(files: readonly ChangedFile[], entries: readonly EntryChange[]): EntryChange[] {
  const known = new Set(entries.flatMap((c) => [c.path, c.from ?? '']));
  return files
    .filter((f) => /^(content|public)\//.test(f.path) && !known.has(f.path))
    .map((f) => ({
      kind: GIT_KIND[f.status],
      path: f.path,
      from: f.from,
      note: f.path.startsWith('content/taxonomie/')
        ? 'lijst van waarden: de labels staan op de fiches en facetpagina’s hieronder'
        : 'bestand, getoond op de pagina’s die het gebruiken',
    }));
}
