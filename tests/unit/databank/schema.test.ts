import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, fixtureEntries, readEntryFile, schemas } from './fixtures';

const invalidDir = join(FIXTURE_ROOT, 'ongeldig');
// Each invalid fixture is named after the one field path the schema must reject.
const invalid = readdirSync(invalidDir).map((f) => f.replace(/\.md$/, ''));

describe('good practice schema', () => {
  it.each(readdirSync(join(FIXTURE_ROOT, 'goede-praktijken')))('accepts the valid fixture %s', (file) => {
    const { frontMatter } = readEntryFile(join(FIXTURE_ROOT, 'goede-praktijken', file));
    const result = schemas.goedePraktijk.safeParse(frontMatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(invalid)('rejects the invalid fixture for %s, and only that field', (path) => {
    const { frontMatter } = readEntryFile(join(invalidDir, `${path}.md`));
    const result = schemas.goedePraktijk.safeParse(frontMatter);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('has an invalid fixture for every required reference, facet and date field', () => {
    for (const path of ['type', 'themas', 'provincies.0', 'eigenaar', 'verwant.0', 'contact', 'contactGecontroleerd', 'bronGeraadpleegd', 'status']) {
      expect(invalid).toContain(path);
    }
  });

  it('leaves inDatabank false and lists empty when an editor leaves them out', () => {
    const dialoog = fixtureEntries().find((e) => e.id === 'dag-van-de-dialoog')!;
    expect(dialoog.data.inDatabank).toBe(false);
    expect(dialoog.data.zieOok).toEqual([]);
    expect(dialoog.data.verwant).toEqual([]);
  });

  it('turns the contact check date and the source date into dates', () => {
    const bondgenoten = fixtureEntries().find((e) => e.id === 'bondgenoten')!;
    expect(bondgenoten.data.contactGecontroleerd!.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(bondgenoten.data.bronGeraadpleegd.toISOString()).toBe('2026-10-01T00:00:00.000Z');
  });

  it('accepts a practice whose contact is unknown and was never checked', () => {
    const dialoog = fixtureEntries().find((e) => e.id === 'dag-van-de-dialoog')!;
    expect(dialoog.data.contact).toBeUndefined();
    expect(dialoog.data.contactGecontroleerd).toBeUndefined();
  });

  it('refuses a practice without the date its sources were read', () => {
    const { frontMatter } = readEntryFile(join(FIXTURE_ROOT, 'goede-praktijken', 'bondgenoten.md'));
    const { bronGeraadpleegd: _b, ...without } = frontMatter as Record<string, unknown>;
    expect(schemas.goedePraktijk.safeParse(without).error?.issues.map((i) => i.path.join('.'))).toEqual(['bronGeraadpleegd']);
  });
});
