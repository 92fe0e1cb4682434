import { describe, expect, it } from 'vitest';
import { escapeMarkdown, wordDiff } from '../../../scripts/pr/wordDiff';

describe('the word diff of visible text', () => {
  it('marks removed and added words in the line that changed, and leaves out unchanged lines', () => {
    const before = ['titel: Buurtsport', 'De ploeg speelt elke week.', 'Niets veranderd hier.'];
    const after = ['titel: Buurtsport', 'De ploeg speelt elke maand.', 'Niets veranderd hier.'];
    expect(wordDiff(before, after)).toEqual(['De ploeg speelt elke <del>week</del><ins>maand</ins>.']);
  });

  it('shows an added paragraph as added words', () => {
    expect(wordDiff(['Eerste zin.'], ['Eerste zin.', 'Nieuwe zin.'])).toEqual(['<ins>Nieuwe zin.</ins>']);
  });

  it('gives nothing when the text did not change', () => {
    expect(wordDiff(['Een', 'Twee'], ['Een', 'Twee'])).toEqual([]);
  });

  it('shows markup characters from the text literally instead of as Markdown or HTML', () => {
    expect(escapeMarkdown('<b>*vet*</b> [link]')).toBe('&lt;b&gt;\\*vet\\*&lt;/b&gt; \\[link\\]');
  });
});
