import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../../../src/check/index.ts';
import { formatProblem } from '../../../src/check/problem.ts';
import { VALID_FILES } from '../../fixtures/broken/cases.ts';

const corpus = resolve('tests/fixtures/broken/content');
const roots: string[] = [];

/** A fresh content root with only the corpus's correct files, plus the given files. */
function rootWith(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'check-')), 'content');
  roots.push(dirname(root));
  cpSync(join(corpus, 'taxonomie'), join(root, 'taxonomie'), { recursive: true });
  for (const f of VALID_FILES) cpSync(join(corpus, f), join(root, f));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  return root;
}

const findings = (root: string) => {
  const r = checkContent(root, { today: new Date('2026-11-25') });
  return [...r.errors, ...r.warnings].map((p) => formatProblem(p, dirname(root)));
};

const page = (extra: string, body = 'Tekst.') =>
  `---\ntitel: Een testpagina\nsamenvatting: Een beleidspagina om een randgeval van de controle te testen.\n${extra}bron:\n  - https://www.vlaanderen.be/\n---\n\n${body}\n`;

afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

describe('content check edge cases', () => {
  it('finds no problem in the correct files alone', () => {
    expect(findings(rootWith({}))).toEqual([]);
  });

  it('reports two entries whose names differ only in case', () => {
    const root = rootWith({ 'beleid/Sociale-Cohesie.md': page('') });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/beleid\/Sociale-Cohesie\.md:1: bestandsnaam — .*hetzelfde webadres als/));
  });

  it('reports two entries whose names differ only in accents', () => {
    const root = rootWith({ 'beleid/sociale-cohésie.md': page('') });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/beleid\/sociale-cohésie\.md:1: bestandsnaam — .*hetzelfde webadres als/));
  });

  it('reports a Markdown file without front matter', () => {
    const root = rootWith({ 'beleid/zonder-velden.md': '# Alleen tekst\n' });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/beleid\/zonder-velden\.md:1: \(front matter\) — /));
  });

  it('reports policy pages that are each other’s parent', () => {
    const root = rootWith({ 'beleid/kip.md': page('ouder: ei\n'), 'beleid/ei.md': page('ouder: kip\n') });
    const lines = findings(root);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/beleid\/kip\.md:4: ouder — .*kring/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/beleid\/ei\.md:4: ouder — .*kring/));
  });

  it('reports a link to a page that is still a draft', () => {
    const root = rootWith({ 'beleid/linkt-naar-concept.md': page('', 'Zie [de nieuwe pagina](/sociale-cohesie/concept/).') });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/beleid\/linkt-naar-concept\.md:8: tekst — .*nog een concept/));
  });

  it('reports a link to a repository file instead of a page', () => {
    const root = rootWith({ 'beleid/linkt-naar-bestand.md': page('', 'Zie [het project](../projecten/voorbeeldproject.md).') });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/beleid\/linkt-naar-bestand\.md:8: tekst — .*bestand in de repository.*gebruik het webadres van de pagina: \/projecten\/voorbeeldproject\//));
  });

  it('accepts links to fixed pages, databank facets and full URLs of this site', () => {
    const body = '[A-Z](/a-z/), [thema](/databank/thema/polarisering/), [type](/databank/type/methodiek/), [open data](/databank/open-data/), [zoeken](https://preventie-radicalisering-polarisering.vlaanderen.be/zoeken/?q=x#top), [project](/projecten/voorbeeldproject/#contact)';
    expect(findings(rootWith({ 'beleid/goede-links.md': page('', body) }))).toEqual([]);
  });

  it('checks links in the Markdown of a project card', () => {
    const card = `---
titel: Project met een kaart
samenvatting: Een project waarvan de kaarttekst naar een ontbrekende pagina linkt.
eigenaar: vvsg
soort: netwerk
doelgroepen: [lokale-besturen]
themas: [polarisering]
aanbod: [Vorming]
inDeKijker:
  plaats: 2
  kop: Project met een kaart
  tekst: Zie [de ontbrekende pagina](/projecten/bestaat-niet/) voor meer.
bron: [https://www.vvsg.be/]
---
`;
    expect(findings(rootWith({ 'projecten/kaart.md': card }))).toContainEqual(expect.stringMatching(/^content\/projecten\/kaart\.md:12: inDeKijker\.tekst — de pagina \/projecten\/bestaat-niet\/ bestaat niet/));
  });

  it('reports an organisation file with the wrong extension', () => {
    const root = rootWith({ 'organisaties/faro.yml': 'naam: FARO\n' });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/organisaties\/faro\.yml:1: bestand — .*alleen \.yaml/));
  });

  it('warns about a folder the site does not read', () => {
    const root = rootWith({ 'goede-praktijk/los.md': page('') });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/goede-praktijk:1: map — /));
  });

  it('reports a taxonomy value without a label instead of crashing', () => {
    const root = rootWith({ 'taxonomie/status.yaml': '- id: actief\n  label: Actief\n- id: afgerond\n' });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/taxonomie\/status\.yaml:3: \[2\]\.label — /));
  });

  it('reports every YAML syntax error of a file with its own line', () => {
    const root = rootWith({ 'organisaties/dubbel.yaml': 'naam: Dubbel\nnaam: Nog eens\nwebsite: [https://x.be\n' });
    const lines = findings(root).filter((l) => l.startsWith('content/organisaties/dubbel.yaml'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/organisaties\/dubbel\.yaml:2: naam — .*twee keer/));
  });

  it('reports the missing fields of an empty front matter', () => {
    const root = rootWith({ 'beleid/leeg.md': '---\n---\n\nTekst.\n' });
    const lines = findings(root).filter((l) => l.startsWith('content/beleid/leeg.md'));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/beleid\/leeg\.md:1: titel — /));
  });

  it('points a finding in a readable file at the line of its field', () => {
    const root = rootWith({ 'beleid/datum.md': page('bijgewerkt: 2024-13-45\n') });
    expect(findings(root)).toContainEqual(expect.stringMatching(/^content\/beleid\/datum\.md:4: bijgewerkt — /));
  });
});

describe('the real content', () => {
  it('passes the check without errors', () => {
    const result = checkContent(resolve('content'));
    expect(result.errors.map((p) => formatProblem(p))).toEqual([]);
  });
});
