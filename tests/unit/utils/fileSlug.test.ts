import { describe, expect, it } from 'vitest';
import { fileSlug } from '@/utils/fileSlug';

describe('the file name of a title', () => {
  it('drops accents and case', () => {
    expect(fileSlug('BUURTCAFÉ in Rónse')).toBe('buurtcafe-in-ronse');
  });

  it('drops punctuation and joins words with single hyphens', () => {
    expect(fileSlug('Lokale aanpak:  één -- verhaal (Genk)!')).toBe('lokale-aanpak-een-verhaal-genk');
  });

  it('writes letters without a separate accent in plain letters', () => {
    expect(fileSlug('Straße Øresund')).toBe('strasse-oresund');
  });

  it('never starts or ends with a hyphen', () => {
    expect(fileSlug(' - Wij_Zij - ')).toBe('wij-zij');
  });
});
