import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { entryChanges, otherChanges } from '../../../scripts/pr/entryChanges';
import { siteModel, type SiteModel } from '../../../scripts/pr/pageModel';
import { loadSnapshot, record, strings } from '../../../scripts/pr/snapshot';
import { visibleText } from '../../../scripts/pr/visibleText';
import { copySite, type SiteCopy } from './site-copy';

let base: SiteModel;
let copy: SiteCopy;
beforeAll(() => {
  base = siteModel(loadSnapshot('.'));
});
afterEach(() => copy?.dispose());

const fiche = () => [...base.snapshot.published.values()].find((e) => e.collection === 'goede-praktijken')!;

describe('the parts of the pull-request report', () => {
  it('gives the visible text of a fiche with taxonomy labels and organisation names, not their ids', () => {
    const e = fiche();
    const theme = strings(record(e.data).themas)[0]!;
    const label = base.snapshot.taxonomies.get('thema')!.find((t) => t.id === theme)!.label;
    const owner = String(record(e.data).eigenaar);
    const name = String(record(base.snapshot.published.get(`organisaties/${owner}`)!.data).naam);
    const text = visibleText(base.snapshot, e);
    expect(text.find((l) => l.startsWith('themas: '))).toContain(label);
    expect(text).toContain(`eigenaar: ${name}`);
    expect(text.join('\n')).not.toMatch(/^---$/m);
  });

  it('gives the body as plain text, without Markdown marks', () => {
    copy = copySite();
    const e = fiche();
    copy.edit(`content/goede-praktijken/${e.id}.md`, (t) => `${t}\nEen **vette** zin met een [link](https://www.vlaanderen.be/).\n`);
    const after = loadSnapshot(copy.dir);
    expect(visibleText(after, after.published.get(`goede-praktijken/${e.id}`)!)).toContain('Een vette zin met een link.');
  });

  it('lists a changed taxonomy as a file without a page of its own, and leaves entries to entryChanges', () => {
    copy = copySite();
    copy.edit('content/taxonomie/thema.yaml', (t) => t.replace(/label: .*/, 'label: Een nieuw label'));
    const head = siteModel(loadSnapshot(copy.dir));
    const entries = entryChanges(base, head);
    expect(entries).toEqual([]);
    const others = otherChanges([{ status: 'M', path: 'content/taxonomie/thema.yaml' }], entries);
    expect(others).toEqual([expect.objectContaining({ kind: 'gewijzigd', path: 'content/taxonomie/thema.yaml', note: expect.stringContaining('lijst van waarden') })]);
  });

  it('does not list an entry twice when git and the entry comparison both see it', () => {
    copy = copySite();
    const e = fiche();
    copy.edit(`content/goede-praktijken/${e.id}.md`, (t) => `${t}\nNog een zin.\n`);
    const entries = entryChanges(base, siteModel(loadSnapshot(copy.dir)));
    expect(entries.map((c) => [c.kind, c.path])).toEqual([['gewijzigd', `content/goede-praktijken/${e.id}.md`]]);
    expect(otherChanges([{ status: 'M', path: `content/goede-praktijken/${e.id}.md` }], entries)).toEqual([]);
  });
});
