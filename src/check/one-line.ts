/**
 * A finding on one line whatever the editor wrote: control characters, line breaks and the Unicode
 * line and paragraph separators in a quoted value are shown as \n, \u0000, … instead of breaking
 * the `path:line: field — melding — oplossing` line that editors, CI and GitHub read.
 */
export function oneLine(text: string): string {
  return text.replace(/[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
