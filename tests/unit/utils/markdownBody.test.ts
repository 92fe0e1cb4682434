import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownBody } from '@/utils/markdownBody';

const dir = mkdtempSync(join(tmpdir(), 'body-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Markdown body of a content file', () => {
  it('is the text below the front matter', () => {
    expect(markdownBody(file('a.md', '---\ntitel: A\n---\n\n## Aanpak\n\nTekst.\n'))).toBe('\n## Aanpak\n\nTekst.\n');
  });

  it('keeps a horizontal rule in the text', () => {
    expect(markdownBody(file('b.md', '---\ntitel: B\n---\nEen\n\n---\n\nTwee\n'))).toBe('Een\n\n---\n\nTwee\n');
  });

  it('reads files saved with Windows line ends and a byte order mark', () => {
    expect(markdownBody(file('c.md', '\uFEFF---\r\ntitel: C\r\n---\r\nTekst.\r\n'))).toBe('Tekst.\r\n');
  });
});
