import { describe, expect, it } from 'vitest';
import { filterIndex, SUMMARY_PART_SIZE, type FilterIndex } from '@/utils/filterIndex';

const facetten: FilterIndex['facetten'] = {
  thema: [{ id: 'polarisering', label: 'Polarisering' }, { id: 'sociale-samenhang', label: 'Sociale samenhang' }],
  type: [{ id: 'methodiek', label: 'Methodiek' }],
  doelgroep: [{ id: 'jongeren', label: 'Jongeren' }],
  provincie: [{ id: 'antwerpen', label: 'Antwerpen' }, { id: 'limburg', label: 'Limburg' }],
};
const entries = Array.from({ length: SUMMARY_PART_SIZE + 3 }, (_, i) => ({
  id: `fiche-${i}`,
  data: {
    titel: `Fiche ${i}`,
    samenvatting: `Samenvatting ${i}`,
    type: 'methodiek',
    themas: i % 2 ? ['sociale-samenhang'] : ['polarisering', 'sociale-samenhang'],
    doelgroepen: ['jongeren'],
    provincies: ['limburg'],
    gemeenten: ['Genk'],
    sleutelwoorden: ['buurt'],
  },
}));

describe('the filter index', () => {
  const { index, parts } = filterIndex(entries, facetten);

  it('holds every fiche in list order with its facet values as positions in the value lists', () => {
    expect(index.fiches.map((f) => f[0])).toEqual(entries.map((e) => e.id));
    // Facets in FACETS order: thema, type, doelgroep, provincie.
    expect(index.fiches[0]).toEqual(['fiche-0', 'Fiche 0', [[0, 1], [0], [0], [1]], ['Genk'], ['buurt']]);
    expect(index.fiches[1]![2][0]).toEqual([1]);
  });

  it('leaves the summaries out, in parts of a fixed size in the same order', () => {
    expect(JSON.stringify(index)).not.toContain('Samenvatting');
    expect(parts.map((p) => p.length)).toEqual([SUMMARY_PART_SIZE, 3]);
    expect(parts[1]![2]).toBe(`Samenvatting ${SUMMARY_PART_SIZE + 2}`);
    expect(index.perDeel).toBe(SUMMARY_PART_SIZE);
  });
});
