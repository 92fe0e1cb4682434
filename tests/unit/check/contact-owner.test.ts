import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEntries } from '../../../src/check/files.ts';
import { contactOwnerProblems } from '../../../src/check/contactOwner.ts';
import { formatProblem } from '../../../src/check/problem.ts';

// A small content root: an owner with a website and an extra own domain, a partner with a
// website, and a police zone whose website is one path on a shared domain.
const root = join(mkdtempSync(join(tmpdir(), 'contact-owner-')), 'content');
const orgs: Record<string, string> = {
  'stad-leuven': 'naam: Stad Leuven\nwebsite: https://www.leuven.be/\n',
  isb: 'naam: ISB\nwebsite: http://www.isbvzw.be/\neigenDomeinen: [streetaction.be]\n',
  dock: 'naam: DOCK\nwebsite: https://www.dock.nl/\n',
  'politie-aalst': 'naam: Politie Aalst\nwebsite: https://www.politie.be/5440/\n',
  'zonder-website': 'naam: Organisatie zonder website\n',
};
mkdirSync(join(root, 'organisaties'), { recursive: true });
mkdirSync(join(root, 'goede-praktijken'), { recursive: true });
for (const [id, text] of Object.entries(orgs)) writeFileSync(join(root, 'organisaties', `${id}.yaml`), text);

let n = 0;
/** Writes a practice with this owner, partners and contact block and returns the findings for it. */
function findings(eigenaar: string, partners: string[], contact: string): string[] {
  const name = `praktijk-${++n}`;
  writeFileSync(
    join(root, 'goede-praktijken', `${name}.md`),
    `---\ntitel: Praktijk ${n}\neigenaar: ${eigenaar}\npartners: [${partners.join(', ')}]\ncontact:\n${contact}status: actief\n---\n\nTekst.\n`,
  );
  const { entries } = loadEntries(root);
  return contactOwnerProblems(entries).filter((p) => p.file.endsWith(`${name}.md`)).map((p) => formatProblem(p, join(root, '..')));
}

afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('contact leads to the owner or a partner', () => {
  it('accepts an e-mail address', () => {
    expect(findings('zonder-website', [], '  email: info@voorbeeld.be\n')).toEqual([]);
  });

  it('accepts a page on the owner’s website, with or without www', () => {
    expect(findings('stad-leuven', [], '  website: https://www.leuven.be/realiseer-een-idee\n')).toEqual([]);
    expect(findings('stad-leuven', [], '  website: https://leuven.be/contact\n')).toEqual([]);
  });

  it('accepts a page on a partner’s website', () => {
    expect(findings('zonder-website', ['dock'], '  website: https://www.dock.nl/aanbod/vreedzame-wijk/\n')).toEqual([]);
  });

  it('accepts a page on a domain the organisation lists as its own', () => {
    expect(findings('isb', [], '  website: https://streetaction.be/street-action/\n')).toEqual([]);
  });

  it('accepts a page under a website that is one path of a shared domain, but not beside it', () => {
    expect(findings('politie-aalst', [], '  website: https://www.politie.be/5440/contact\n')).toEqual([]);
    expect(findings('politie-aalst', [], '  website: https://www.politie.be/5441/contact\n')).toEqual([
      expect.stringMatching(/contact\.website — "politie\.be" is niet de website van de eigenaar \(Politie Aalst\) of van een partner — /),
    ]);
  });

  it('refuses a news site, naming file, line and field and where the article belongs', () => {
    const lines = findings('stad-leuven', [], '  website: https://www.hln.be/in-de-buurt/leuven/artikel\n');
    expect(lines).toEqual([expect.stringMatching(/^content\/goede-praktijken\/praktijk-\d+\.md:6: contact\.website — "hln\.be" is een nieuwssite: .* — zet deze pagina bij bron \(of bij zieOok/)]);
  });

  it('refuses a copy on docplayer', () => {
    const lines = findings('stad-leuven', [], '  website: http://docplayer.nl/46208027-jaarrapport.html\n');
    expect(lines).toEqual([expect.stringMatching(/contact\.website — "docplayer\.nl" herpubliceert documenten van anderen/)]);
  });

  it('refuses any other third party, and says how to record the owner’s website when it is missing', () => {
    const lines = findings('zonder-website', [], '  website: https://www.movisie.nl/artikel/eindhoven\n');
    expect(lines).toEqual([expect.stringMatching(/"movisie\.nl" is niet de website van de eigenaar \(Organisatie zonder website\) of van een partner — .*zet ze als website in content\/organisaties\/zonder-website\.yaml.*eigenDomeinen/)]);
  });

  it('does not take a domain that only ends in the owner’s name as the owner’s', () => {
    expect(findings('stad-leuven', [], '  website: https://www.nietleuven.be/\n')).toHaveLength(1);
  });
});
