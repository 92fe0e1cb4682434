import { diffWords } from 'diff';

/** Text that GitHub shows literally in a Markdown comment, not as markup. */
export const escapeMarkdown = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]#|~!])/g, '\\$1');

/**
 * The lines of `after` that differ from `before`, as Markdown: removed words as <del>, added words as <ins>.
 * Lines without a change are left out, so a reviewer reads only what changed, each in its paragraph.
 */
export function wordDiff(before: readonly string[], after: readonly string[]): string[] {
  const lines: string[] = [];
  let line = '';
  let changed = false;
  for (const part of diffWords(before.join('\n'), after.join('\n'))) {
    const pieces = part.value.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        if (changed) lines.push(line);
        line = '';
        changed = false;
      }
      if (!piece) return;
      if (part.added || part.removed) changed = true;
      const text = escapeMarkdown(piece);
      line += part.added ? `<ins>${text}</ins>` : part.removed ? `<del>${text}</del>` : text;
    });
  }
  if (changed) lines.push(line);
  return lines;
}
