import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { gateSelection } from '../support/sitemap';

// Rules come from .htmlvalidate.json: the recommended and a11y presets. Two rules are tuned there:
// - long-title allows 120 characters, the schema's limit for an editor's title (official policy
//   titles are long); BaseLayout already drops the site name from <title> when it would pass 70.
// - prefer-native-element accepts role="region": a wide table sits in a <div role="region"
//   tabindex="0" aria-label> scroll box (src/markdown/table-scroll.ts), the known pattern for a
//   keyboard-scrollable table; a <section> would make the same landmark.
const validator = new HtmlValidate(new FileSystemConfigLoader());

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

// CI's content lane checks only the pages a content change touches (tests/support/sitemap.ts).
const selection = gateSelection();
const selectedFile = (path: string) => join('dist', path, 'index.html');

describe('html-validate (recommended and a11y presets) over dist/', () => {
  const files = selection ? [...selection].map(selectedFile).sort() : htmlFiles('dist');

  it.runIf(!selection)('finds the built pages to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.runIf(selection)('finds every page of the content lane\'s selection in dist/', () => {
    expect(files.filter((f) => !existsSync(f))).toEqual([]);
  });

  it.each(files)('%s has no error', async (file) => {
    const report = await validator.validateFile(file);
    if (!report.valid) console.log(formatterFactory('stylish')(report.results));
    expect(report.errorCount).toBe(0);
  });

  it('does report an error when there is one (a button without type, an image without alt)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="nl"><head><title>x</title></head><body><main><img src="a.png"><button>b</button></main></body></html>',
      'inline.html',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(
      expect.arrayContaining(['wcag/h37', 'no-implicit-button-type']),
    );
  });
});
