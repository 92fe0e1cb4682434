import { describe, expect, it } from 'vitest';
import { bodyProblems, schemaProblems } from '@/cms/validate';

describe('the check the CMS runs before saving', () => {
  it('reports a rule between fields with the field and the Dutch message of npm run check', () => {
    const project = {
      titel: 'Testproject',
      samenvatting: 'Een project dat alleen in deze test bestaat.',
      bron: ['https://www.vlaanderen.be/'],
      eigenaar: 'vvsg',
      soort: 'netwerk',
      doelgroepen: ['lokale-besturen'],
      themas: ['polarisering'],
      aanbod: ['Vorming'],
      periode: { start: 2024, einde: 2022 },
    };
    expect(schemaProblems('projecten', project)).toEqual([expect.stringMatching(/^periode\.einde — het eindjaar ligt voor het beginjaar/)]);
    expect(schemaProblems('projecten', { ...project, periode: { start: 2024, einde: 2025 } })).toEqual([]);
  });

  it('refuses HTML and components in the body, but not code, comments, escaped brackets or autolinks', () => {
    expect(bodyProblems('Tekst met <b>vet</b>.')).toEqual([expect.stringMatching(/^tekst — HTML-code \(<b>\) is niet toegelaten/)]);
    expect(bodyProblems('<Kaart />')).toEqual([expect.stringMatching(/^tekst — <Kaart> is een component/)]);
    expect(bodyProblems('Zie <https://www.vlaanderen.be/> en `<b>` en \\<b> en <!-- nota -->.\n\n```\n<div>\n```\n')).toEqual([]);
  });
});
