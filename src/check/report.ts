import { displayPath, formatProblem, type Problem } from './problem.ts';
import { oneLine } from './one-line.ts';
import type { CheckResult } from './index.ts';

/** GitHub shows these as notes on the changed line of a pull request. */
function annotation(p: Problem): string {
  const level = p.severity === 'fout' ? 'error' : 'warning';
  const text = oneLine(`${p.field} — ${p.message} — ${p.fix}`).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${level} file=${displayPath(p.file)},line=${p.line}::${text}`;
}

/** The whole report as text lines: errors, then warnings, then a one-line summary. */
export function reportLines(result: CheckResult, github = false): string[] {
  const lines: string[] = [];
  if (result.errors.length) {
    lines.push(`Fouten (${result.errors.length}) — deze moeten opgelost worden voor de site gebouwd kan worden:`);
    lines.push(...result.errors.map((p) => formatProblem(p)));
  }
  if (result.warnings.length) {
    if (lines.length) lines.push('');
    lines.push(`Waarschuwingen (${result.warnings.length}) — de site wordt wel gebouwd:`);
    lines.push(...result.warnings.map((p) => formatProblem(p)));
  }
  if (github) lines.push(...[...result.errors, ...result.warnings].map(annotation));
  if (lines.length) lines.push('');
  lines.push(
    result.errors.length
      ? `${result.entries} bestanden gecontroleerd: ${result.errors.length} fout(en), ${result.warnings.length} waarschuwing(en). Uitleg bij elke melding: CONTRIBUTING.md.`
      : `${result.entries} bestanden gecontroleerd: inhoud in orde${result.warnings.length ? `, ${result.warnings.length} waarschuwing(en)` : ''}.`,
  );
  return lines;
}
