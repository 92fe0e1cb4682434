import { join } from 'node:path';
import { loadEntries } from '../../src/check/files.ts';
import { displayPath } from '../../src/check/problem.ts';
import { practicePath } from '../../src/utils/paths.ts';
import type { DeadLink } from './find.ts';

/** Where a link sits on a fiche, as an editor finds it in the file. */
export type LinkKind = 'contact' | 'bron' | 'zieOok' | 'organisatie' | 'tekst';

const KIND_LABELS: Record<LinkKind, string> = {
  contact: 'Contact (`contact.website`)',
  bron: 'Bron (`bron`)',
  zieOok: 'Zie ook (`zieOok`)',
  organisatie: 'Website van de eigenaar of een partner (`website` in content/organisaties)',
  tekst: 'Link in de tekst',
};

/** What the report needs of a fiche. */
export interface FicheLinks {
  id: string;
  titel: string;
  /** Path of the file, as shown to editors. */
  file: string;
  contact: string[];
  bron: string[];
  zieOok: string[];
  /** Websites of the owner and partners, shown as links on the fiche. */
  organisatie: string[];
  /** Links written in the body. */
  tekst: string[];
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The links of every published good practice, read from the content files. */
export function ficheLinks(contentRoot: string): FicheLinks[] {
  const { entries } = loadEntries(contentRoot);
  const orgSite = new Map(entries.filter((e) => e.collection === 'organisaties').map((e) => [e.id, rec(e.data).website]));
  return entries
    .filter((e) => e.collection === 'goede-praktijken' && rec(e.data).draft !== true)
    .map((e) => {
      const d = rec(e.data);
      const website = rec(d.contact).website;
      const orgs = [d.eigenaar, ...(Array.isArray(d.partners) ? d.partners : [])].map((id) => orgSite.get(String(id)));
      return {
        id: e.id,
        titel: typeof d.titel === 'string' ? d.titel : e.id,
        file: displayPath(e.file, join(contentRoot, '..')),
        contact: typeof website === 'string' ? [website] : [],
        bron: strs(d.bron),
        zieOok: Array.isArray(d.zieOok) ? d.zieOok.map((z) => rec(z).url).filter((u): u is string => typeof u === 'string') : [],
        organisatie: orgs.filter((u): u is string => typeof u === 'string'),
        tekst: [...(e.body ?? '').matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!),
      };
    });
}

// linkinator reports the address as the page resolved it; compare without a trailing slash or fragment.
const same = (a: string, b: string) => {
  const norm = (u: string) => {
    try {
      const x = new URL(u);
      x.hash = '';
      return x.href.replace(/\/$/, '');
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
};

const KINDS: LinkKind[] = ['contact', 'bron', 'zieOok', 'organisatie', 'tekst'];

/** Where the link sits in the fiche's content; undefined for the page's own chrome (edit link, share links). */
export function kindOf(url: string, fiche: FicheLinks): LinkKind | undefined {
  return KINDS.find((k) => fiche[k].some((u) => same(u, url)));
}

/** Dead links grouped per fiche, contact first; links on other pages are left out. */
export function deadLinksPerFiche(dead: readonly DeadLink[], fiches: readonly FicheLinks[]) {
  const byPath = new Map(fiches.map((f) => [practicePath(f.id), f]));
  const groups = new Map<FicheLinks, { kind: LinkKind; link: DeadLink }[]>();
  for (const link of dead) {
    const fiche = byPath.get(link.page);
    const kind = fiche && kindOf(link.url, fiche);
    if (!fiche || !kind) continue;
    const list = groups.get(fiche) ?? [];
    if (!list.some((x) => x.link.url === link.url)) list.push({ kind, link });
    groups.set(fiche, list);
  }
  return [...groups]
    .map(([fiche, links]) => ({ fiche, links: links.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.link.url.localeCompare(b.link.url)) }))
    .sort((a, b) => a.fiche.titel.localeCompare(b.fiche.titel, 'nl'));
}

/** Marker in the issue body, so the script finds its own issue again. */
export const ISSUE_MARKER = '<!-- dode-links-databank -->';

/** The issue text in Dutch: per fiche, which link is dead, where it sits in the file, and why. */
export function reportBody(groups: ReturnType<typeof deadLinksPerFiche>, checkedOn: string): string {
  const total = groups.reduce((n, g) => n + g.links.length, 0);
  const lines = [ISSUE_MARKER, ''];
  if (total === 0) {
    lines.push(`Controle van ${checkedOn}: geen dode contact- of bronlinks meer op de fiches van de Databank.`);
    return lines.join('\n');
  }
  lines.push(
    `Controle van ${checkedOn}: ${total} dode ${total === 1 ? 'link' : 'links'} op ${groups.length} ${groups.length === 1 ? 'fiche' : 'fiches'} van de Databank.`,
    '',
    'Een dood contact is het dringendst: zoek het eigen contact van de eigenaar (CONTRIBUTING.md, *Een contact controleren*). Een dode bron vervangt u door een nieuwe of bewaarde versie van dezelfde pagina, of u schrapt ze als de feiten ook in een andere bron staan. Deze lijst wordt elke week opnieuw gemaakt.',
  );
  for (const { fiche, links } of groups) {
    lines.push('', `### ${fiche.titel}`, '', `Bestand: \`${fiche.file}\``, '');
    for (const { kind, link } of links) lines.push(`- **${KIND_LABELS[kind]}**: <${link.url}> — ${link.reden}`);
  }
  return lines.join('\n');
}
