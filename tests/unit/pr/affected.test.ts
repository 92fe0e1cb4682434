import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { affectedPages } from '../../../scripts/pr/affected';
import { siteModel, type SiteModel } from '../../../scripts/pr/pageModel';
import { loadSnapshot, record, strings } from '../../../scripts/pr/snapshot';
import { facetPath, practicePath, projectPath } from '@/utils/paths';
import { copySite, type SiteCopy } from './site-copy';

let base: SiteModel;
let copy: SiteCopy;

beforeAll(() => {
  base = siteModel(loadSnapshot('.'));
});
afterEach(() => copy?.dispose());

/** The affected pages after `change` is made to a copy of the repository's content. */
function affectedBy(change: (c: SiteCopy) => void) {
  copy = copySite();
  change(copy);
  return affectedPages(base, siteModel(loadSnapshot(copy.dir)));
}

const practices = () => [...base.snapshot.published.values()].filter((e) => e.collection === 'goede-praktijken');
const projects = () => [...base.snapshot.published.values()].filter((e) => e.collection === 'projecten');
const data = (e: { data?: unknown }) => record(e.data);
const practiceFile = (id: string) => `content/goede-praktijken/${id}.md`;

describe('pages affected by a content change', () => {
  it('a change to the text of one fiche affects only that fiche', () => {
    const id = practices()[0]!.id;
    const result = affectedBy((c) => c.edit(practiceFile(id), (t) => `${t}\nEen extra zin onderaan.\n`));
    expect(result.pages).toEqual([practicePath(id)]);
  });

  it('no change affects no page', () => {
    expect(affectedBy(() => {}).pages).toEqual([]);
  });

  it('a new title of a fiche affects the Databank listing, its facet pages, the A–Z list and the fiches that show it as related', () => {
    const fiche = practices().find((e) => [...base.related.values()].some((r) => r.includes(e.id)))!;
    const result = affectedBy((c) => c.edit(practiceFile(fiche.id), (t) => t.replace(/^titel: .*$/m, 'titel: Een nieuwe titel')));
    const themes = strings(data(fiche).themas).map((t) => facetPath('thema', t));
    const relatedBy = [...base.related].filter(([, r]) => r.includes(fiche.id)).map(([id]) => practicePath(id));
    expect(relatedBy.length).toBeGreaterThan(0);
    expect(result.pages).toEqual(expect.arrayContaining([practicePath(fiche.id), '/databank/', '/a-z/', ...themes, ...relatedBy]));
    expect(result.pages).not.toContain('/projecten/');
  });

  it('a change to an organisation affects every fiche and project that refers to it, and no other fiche', () => {
    const refs = (e: { data?: unknown }) => [...strings(data(e).eigenaar), ...strings(data(e).partners)];
    const counts = new Map<string, number>();
    for (const e of [...practices(), ...projects()]) for (const o of refs(e)) counts.set(o, (counts.get(o) ?? 0) + 1);
    const org = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const users = [...practices(), ...projects()].filter((e) => refs(e).includes(org));
    const result = affectedBy((c) => c.edit(`content/organisaties/${org}.yaml`, (t) => t.replace(/^naam: .*$/m, 'naam: Een andere naam')));
    const urls = users.map((e) => (e.collection === 'projecten' ? projectPath(e.id) : practicePath(e.id)));
    expect(result.pages).toEqual(expect.arrayContaining(urls));
    const otherFiches = practices().filter((e) => !refs(e).includes(org)).map((e) => practicePath(e.id));
    expect(result.pages.filter((p) => otherFiches.includes(p))).toEqual([]);
  });

  it('a new label of a taxonomy value affects its facet page, the listing and every fiche with that value', () => {
    const theme = strings(data(practices()[0]!).themas)[0]!;
    const result = affectedBy((c) =>
      c.edit('content/taxonomie/thema.yaml', (t) => t.replace(new RegExp(`(- id: ${theme}\\n\\s+label: ).*`), '$1Een nieuw label')),
    );
    const fiches = practices().filter((e) => strings(data(e).themas).includes(theme)).map((e) => practicePath(e.id));
    expect(result.pages).toEqual(expect.arrayContaining([facetPath('thema', theme), '/databank/', ...fiches]));
    expect(result.reasons.get(facetPath('thema', theme))).toContain(`term:thema/${theme}`);
  });

  it('a new fiche is a new page and affects the listing, the facet pages of its values and the A–Z list', () => {
    const source = practices()[0]!;
    const result = affectedBy((c) => c.write(practiceFile('een-nieuwe-fiche'), c.read(practiceFile(source.id))));
    expect(result.reasons.get(practicePath('een-nieuwe-fiche'))).toEqual(['nieuw']);
    expect(result.pages).toEqual(expect.arrayContaining(['/databank/', '/a-z/', facetPath('type', String(data(source).type))]));
  });

  it('removing a fiche affects every page that links to it', () => {
    const target = practices()[0]!;
    const result = affectedBy((c) => {
      c.edit('content/beleid/plan-samenleven.md', (t) => `${t}\nZie ook [deze praktijk](${practicePath(target.id)}).\n`);
    });
    expect(result.pages).toContain(base.snapshot.site.urlOf.get(base.snapshot.entries.find((e) => e.id === 'plan-samenleven')!));
    // Now with the link in the base: removing the fiche affects the linking page.
    const linked = siteModel(loadSnapshot(copy.dir));
    const removed = copySite();
    try {
      removed.write('content/beleid/plan-samenleven.md', copy.read('content/beleid/plan-samenleven.md'));
      removed.remove(practiceFile(target.id));
      const after = affectedPages(linked, siteModel(loadSnapshot(removed.dir)));
      expect(after.removed).toContain(practicePath(target.id));
      const linking = linked.snapshot.site.urlOf.get(linked.snapshot.entries.find((e) => e.id === 'plan-samenleven')!)!;
      expect(after.reasons.get(linking)).toContain(`url:${practicePath(target.id)}`);
    } finally {
      removed.dispose();
    }
  });

  it('a new version of an image affects the pages that show it, and only those', () => {
    const id = practices()[0]!.id;
    const withImage = copySite();
    try {
      withImage.write('content/goede-praktijken/kaart.png', 'eerste versie');
      withImage.edit(practiceFile(id), (t) => `${t}\n![Kaart van de buurt](kaart.png)\n`);
      const before = siteModel(loadSnapshot(withImage.dir));
      withImage.write('content/goede-praktijken/kaart.png', 'tweede versie');
      const result = affectedPages(before, siteModel(loadSnapshot(withImage.dir)));
      expect(result.pages).toEqual([practicePath(id)]);
      expect(result.reasons.get(practicePath(id))).toEqual(['file:content/goede-praktijken/kaart.png']);
    } finally {
      withImage.dispose();
    }
  });

  it('moving a policy page under another parent gives it a new address and affects both parents', () => {
    const beleid = [...base.snapshot.published.values()].filter((e) => e.collection === 'beleid');
    const child = beleid.find((e) => data(e).ouder && !beleid.some((o) => data(o).ouder === e.id))!;
    const oldParent = beleid.find((e) => e.id === data(child).ouder)!;
    const newParent = beleid.find((e) => e !== child && e !== oldParent && data(e).ouder)!;
    const url = (e: typeof child) => base.snapshot.site.urlOf.get(e)!;
    const result = affectedBy((c) => c.edit(`content/beleid/${child.id}.md`, (t) => t.replace(/^ouder: .*$/m, `ouder: ${newParent.id}`)));
    expect(result.removed).toEqual([url(child)]);
    expect(result.reasons.get(`${url(newParent)}${child.id}/`)).toEqual(['nieuw']);
    expect(result.pages).toEqual(expect.arrayContaining([url(oldParent), url(newParent), '/a-z/']));
  });
});
