import { formatProblem, type Problem } from '../../src/check/problem.ts';
import type { EntryChange } from './entryChanges.ts';
import { escapeMarkdown } from './wordDiff.ts';

/** Hidden in the comment: the workflow finds its own earlier comment by it and updates that one. */
export const REPORT_MARKER = '<!-- pr-rapport: preventie-radicalisering-polarisering -->';

export const SCREEN_WIDTHS = [375, 1280] as const;

export interface ReportInput {
  baseName: string;
  baseCommit: string;
  changes: EntryChange[];
  /** Word diff lines per changed entry path. */
  diffs: Map<string, string[]>;
  errors: Problem[];
  warnings: Problem[];
  /** Screenshot file names per page path, one per width; empty when the site could not be built. */
  screenshots: Map<string, string[]>;
  /** Why there are no screenshots, if there are none. */
  screenshotNote?: string;
  /** Link to the workflow run that holds the screenshots as an artifact. */
  runUrl?: string;
  artifactName: string;
  /** Other pages that change with these entries (listings, facet pages, related fiches). */
  alsoAffected: string[];
  siteUrl: string;
}

const KIND_LABEL: Record<EntryChange['kind'], string> = {
  toegevoegd: 'Toegevoegd', gewijzigd: 'Gewijzigd', hernoemd: 'Hernoemd', verwijderd: 'Verwijderd',
};

const code = (s: string) => `\`${s}\``;
// In code, not as a link: a new address does not exist on the live site until the merge.
const link = (siteUrl: string, path: string) => code(`${siteUrl}${path}`);

function address(c: EntryChange, siteUrl: string): string {
  if (c.note) return c.note;
  if (c.kind === 'verwijderd') return c.oldUrl ? `${link(siteUrl, c.oldUrl)} verdwijnt` : 'had geen eigen pagina';
  if (!c.url) return c.after?.collection === 'organisaties' ? 'geen eigen pagina (getoond op de pagina’s die ernaar verwijzen)' : 'niet gepubliceerd (draft: true)';
  if (c.oldUrl && c.oldUrl !== c.url) return `${link(siteUrl, c.oldUrl)} → ${link(siteUrl, c.url)}`;
  return c.oldUrl || c.kind === 'toegevoegd' ? link(siteUrl, c.url) : `${link(siteUrl, c.url)} (nieuw op de site)`;
}

/** The Dutch Markdown report of a pull request for reviewers: entries, text changes, screenshots, check findings. */
export function reportMarkdown(r: ReportInput): string {
  const out: string[] = [REPORT_MARKER, '## Wat bezoekers zien na deze wijziging', ''];
  out.push(`Vergeleken met ${code(r.baseName)} (${code(r.baseCommit.slice(0, 7))}). Dit rapport wordt bij elke push opnieuw gemaakt.`, '');

  out.push('### Controle van de inhoud', '');
  const lines = (list: Problem[]) => ['```text', ...list.map((p) => formatProblem(p)), '```', ''];
  if (r.errors.length) out.push(`❌ ${r.errors.length} fout(en): zolang die er zijn, wordt er niets gepubliceerd.`, '', ...lines(r.errors));
  else out.push(r.warnings.length ? '✅ Geen fouten.' : '✅ Geen fouten en geen waarschuwingen.', '');
  if (r.warnings.length) {
    // Warnings do not stop the merge; folded so the errors and the changes stay on the first screen.
    out.push(`<details><summary>⚠️ ${r.warnings.length} waarschuwing(en): de site wordt wel gebouwd</summary>`, '', ...lines(r.warnings), '</details>', '');
  }

  out.push('### Gewijzigde inhoud', '');
  if (!r.changes.length) out.push('Geen inhoud gewijzigd.', '');
  else {
    out.push('| Wat | Bestand | Webadres |', '| --- | --- | --- |');
    for (const c of r.changes) {
      const file = c.from ? `${code(c.from)} → ${code(c.path)}` : code(c.path);
      out.push(`| ${KIND_LABEL[c.kind]} | ${file} | ${address(c, r.siteUrl)} |`);
    }
    out.push('');
  }

  const diffs = r.changes.filter((c) => (r.diffs.get(c.path) ?? []).length > 0);
  if (diffs.length) {
    out.push('### Tekst voor en na', '', 'Wat een bezoeker leest, niet de Markdown: <del>doorstreept</del> verdwijnt, <ins>onderstreept</ins> komt erbij. Alleen gewijzigde alinea’s staan hier.', '');
    for (const c of diffs) {
      out.push(`#### ${code(c.path)}${c.url ? ` (${escapeMarkdown(c.url)})` : ''}`, '', ...r.diffs.get(c.path)!.map((l) => `- ${l}`), '');
    }
  }

  out.push('### Schermafbeeldingen', '');
  if (r.screenshots.size) {
    const where = r.runUrl ? `het artefact **${r.artifactName}** van [deze controle](${r.runUrl})` : `de map met het rapport (artefact **${r.artifactName}** in CI)`;
    out.push(`Elke nieuwe of gewijzigde pagina in Chromium, ${SCREEN_WIDTHS.join(' en ')} px breed (gsm en computer), volledige pagina: in ${where}.`, '');
    out.push(`| Pagina | ${SCREEN_WIDTHS.map((w) => `${w} px`).join(' | ')} |`, `| --- | ${SCREEN_WIDTHS.map(() => '---').join(' | ')} |`);
    for (const [path, files] of r.screenshots) out.push(`| ${escapeMarkdown(path)} | ${files.map(code).join(' | ')} |`);
    out.push('');
  } else {
    out.push(r.screenshotNote ?? 'Geen nieuwe of gewijzigde pagina om te tonen.', '');
  }

  if (r.alsoAffected.length) {
    out.push(`<details><summary>Andere pagina’s die mee veranderen (${r.alsoAffected.length}): overzichten, facetpagina’s, A–Z, verwante fiches</summary>`, '');
    out.push(...r.alsoAffected.map((p) => `- ${escapeMarkdown(p)}`), '', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
