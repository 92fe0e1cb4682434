import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { missingRedirects, redirectCollisions } from '../../../scripts/pr/urlChanges';
import { siteModel, type SiteModel } from '../../../scripts/pr/pageModel';
import { loadSnapshot, record } from '../../../scripts/pr/snapshot';
import { formatProblem } from '../../../src/check/problem';
import { practicePath } from '@/utils/paths';
import { copySite, type SiteCopy } from './site-copy';

let base: SiteModel;
let copy: SiteCopy;
beforeAll(() => {
  base = siteModel(loadSnapshot('.'));
});
afterEach(() => copy?.dispose());

function check(change: (c: SiteCopy) => void, redirects: Record<string, string> = {}, renames?: Map<string, string>) {
  copy = copySite();
  change(copy);
  const head = siteModel(loadSnapshot(copy.dir));
  return missingRedirects({ base, head, redirects, renames, repoDir: '/repo' }).map((p) => formatProblem(p, '/repo'));
}

const entries = (c: string) => [...base.snapshot.published.values()].filter((e) => e.collection === c);
const fiche = () => entries('goede-praktijken')[0]!;
const ficheFile = (id: string) => `content/goede-praktijken/${id}.md`;

describe('published URLs never disappear without a redirect', () => {
  it('a renamed fiche is an error that gives the exact line for src/redirects.ts, pointing at the new address', () => {
    const { id } = fiche();
    const renames = new Map([[ficheFile(id), ficheFile('nieuwe-naam')]]);
    expect(check((c) => c.rename(ficheFile(id), ficheFile('nieuwe-naam')), {}, renames)).toEqual([
      `content/goede-praktijken/nieuwe-naam.md:1: webadres — het webadres /databank/${id}/ bestaat niet meer: het bestand is hernoemd; de pagina staat nu op /databank/nieuwe-naam/. ` +
        `Bezoekers, zoekmachines en andere sites gebruiken het nog — voeg in src/redirects.ts deze regel toe: '/databank/${id}': '/databank/nieuwe-naam/',`,
    ]);
  });

  it('a rename is accepted once the redirect is in the map', () => {
    const { id } = fiche();
    expect(check((c) => c.rename(ficheFile(id), ficheFile('nieuwe-naam')), { [`/databank/${id}`]: '/databank/nieuwe-naam/' })).toEqual([]);
  });

  it('a policy page moved under another parent (ouder changed) needs a redirect from its old address to its new one', () => {
    const beleid = entries('beleid');
    const child = beleid.find((e) => record(e.data).ouder && !beleid.some((o) => record(o.data).ouder === e.id))!;
    const newParent = beleid.find((e) => e !== child && e.id !== record(child.data).ouder && record(e.data).ouder)!;
    const oldUrl = base.snapshot.site.urlOf.get(child)!;
    const newUrl = `${base.snapshot.site.urlOf.get(newParent)}${child.id}/`;
    const found = check((c) => c.edit(`content/beleid/${child.id}.md`, (t) => t.replace(/^ouder: .*$/m, `ouder: ${newParent.id}`)));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`het veld "ouder" is gewijzigd`);
    expect(found[0]).toMatch(new RegExp(`^content/beleid/${child.id}\\.md:1: webadres`));
    expect(found[0]).toContain(`deze regel toe: '${oldUrl.slice(0, -1)}': '${newUrl}',`);
  });

  it('a removed fiche is an error that offers a redirect to the Databank or the archived status', () => {
    const { id } = fiche();
    const found = check((c) => c.remove(ficheFile(id)));
    expect(found).toEqual([
      `content/goede-praktijken/${id}.md:1: webadres — het webadres ${practicePath(id)} bestaat niet meer: het bestand is verwijderd. ` +
        'Bezoekers, zoekmachines en andere sites gebruiken het nog — houd de fiche op de site met "status: gearchiveerd" in plaats van ze te verwijderen, ' +
        `of voeg in src/redirects.ts deze regel toe: '/databank/${id}': '/databank/',`,
    ]);
  });

  it('a fiche marked "status: gearchiveerd" keeps its address and needs no redirect', () => {
    const active = entries('goede-praktijken').find((e) => record(e.data).status !== 'gearchiveerd')!;
    expect(check((c) => c.edit(ficheFile(active.id), (t) => t.replace(/^status: .*$/m, 'status: gearchiveerd')))).toEqual([]);
  });

  it('a published page set to draft: true needs a redirect too', () => {
    const project = entries('projecten')[0]!;
    const found = check((c) => c.edit(`content/projecten/${project.id}.md`, (t) => t.replace(/^---\n/, '---\ndraft: true\n')));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('draft: true');
    expect(found[0]).toContain(`deze regel toe: '/projecten/${project.id}': '/projecten/',`);
  });

  it('the findings point at files of the working tree, not the extracted base', () => {
    const { id } = fiche();
    copy = copySite();
    copy.remove(ficheFile(id));
    const [problem] = missingRedirects({ base, head: siteModel(loadSnapshot(copy.dir)), redirects: {}, repoDir: '/repo' });
    expect(problem?.file).toBe(resolve('/repo', ficheFile(id)));
  });

  it('a redirect from an address that is a page again is an error on its line in src/redirects.ts', () => {
    const { id } = fiche();
    const source = `export const redirects = {\n  '/oud': '/',\n  '/databank/${id}': '/databank/',\n};\n`;
    const found = redirectCollisions(base, { '/oud': '/', [`/databank/${id}`]: '/databank/' }, '/repo/src/redirects.ts', source);
    expect(found.map((p) => formatProblem(p, '/repo'))).toEqual([
      `src/redirects.ts:3: doorverwijzing — /databank/${id}/ is weer een pagina van de site, maar src/redirects.ts stuurt bezoekers er nog weg (naar /databank/) — ` +
        'verwijder deze regel uit src/redirects.ts, of geef de pagina een ander webadres',
    ]);
  });

  it('the redirects of the repository lead away only from addresses that are no longer pages', async () => {
    const { redirects } = await import('../../../src/redirects');
    expect(redirectCollisions(base, redirects, 'src/redirects.ts', '')).toEqual([]);
  });
});
