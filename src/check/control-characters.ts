import type { Entry } from './files.ts';
import { fieldName, type Problem } from './problem.ts';
import { keyOnLine, lineOf } from './source.ts';

/** Characters nobody can see: C0 controls (except tab, line feed, carriage return), DEL and C1 controls. */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/** The lines of a text (index 0-based) that hold a control character, with the first one on each. */
function controlLines(text: string): { index: number; line: string; char: string }[] {
  return text.split('\n').flatMap((line, index) => {
    const char = CONTROL.exec(line)?.[0];
    return char ? [{ index, line, char }] : [];
  });
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const FIX = 'verwijder het teken: het komt mee bij kopiëren uit een ander programma, of staat er als escape (\\0, \\x07, …) tussen aanhalingstekens; typ de tekst zo nodig opnieuw';

/**
 * Invisible control characters in a value or in the text: a NUL in a quoted title (`"…\0"`), a
 * vertical tab pasted from Word. They end up in the page, the search index and the open data.
 * One in a YAML comment reaches no value, but Astro's YAML reader refuses the whole file.
 */
export function controlCharacters(entries: readonly Entry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const before = problems.length;
    if (e.source && e.data !== undefined) {
      const visit = (value: unknown, path: (string | number)[]): void => {
        const hit = typeof value === 'string' ? CONTROL.exec(value)?.[0] : undefined;
        if (hit) {
          problems.push({ severity: 'fout', file: e.file, line: lineOf(e.source!, path), field: fieldName(path), message: `onzichtbaar stuurteken ${codePoint(hit)} in de waarde`, fix: FIX });
        } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
      };
      visit(e.data, []);
    }
    // Only when no value had one: the same character would otherwise be reported twice.
    const outside = e.source && problems.length === before ? controlLines(e.source.text)[0] : undefined;
    if (outside) {
      problems.push({
        severity: 'fout', file: e.file, line: outside.index + 1 + e.source!.offset, field: keyOnLine(outside.line) ?? '(opmaak)',
        message: `onzichtbaar stuurteken ${codePoint(outside.char)} buiten de waarden (bijvoorbeeld in een opmerking na #)`, fix: FIX,
      });
    }
    for (const { index, char } of controlLines(e.body ?? '')) {
      problems.push({ severity: 'fout', file: e.file, line: e.bodyLine! + index, field: 'tekst', message: `onzichtbaar stuurteken ${codePoint(char)} in de tekst`, fix: FIX });
    }
  }
  return problems;
}
