import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { makeSchemas } from '@/schemas/collections';
import { isCalendarDate } from '@/schemas/fields';

// References resolve against a small fixed set, as the content check does.
const known: Record<string, string[]> = { organisaties: ['vvsg'], 'goede-praktijken': ['buurtvonken'], beleid: ['sociale-cohesie'], projecten: [] };
const s = makeSchemas((c) => z.string().refine((id) => known[c]?.includes(id), { message: `bestaat niet in ${c}` }));

const project = {
  titel: 'VVSG-ondersteuning',
  samenvatting: 'De VVSG helpt lokale besturen bij de preventie van radicalisering.',
  eigenaar: 'vvsg',
  soort: 'ondersteuning',
  doelgroepen: ['lokale-besturen'],
  themas: ['radicalisering'],
  aanbod: ['Vorming op vraag'],
  bron: ['https://www.vvsg.be/'],
};

function issuePaths(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));
}

describe('project schema', () => {
  it('accepts a complete project card', () => {
    expect(s.project.safeParse(project).success).toBe(true);
  });

  it('rejects a theme that is not in the taxonomy', () => {
    expect(issuePaths(s.project.safeParse({ ...project, themas: ['polarisatie'] }))).toEqual(['themas.0']);
  });

  it('rejects an owner that is not an organisation', () => {
    expect(issuePaths(s.project.safeParse({ ...project, eigenaar: 'vvgs' }))).toEqual(['eigenaar']);
  });

  it('rejects an e-mail address without a domain', () => {
    expect(issuePaths(s.project.safeParse({ ...project, contact: { email: 'radicalisering@' } }))).toEqual(['contact.email']);
  });

  it('rejects a period that ends before it starts', () => {
    expect(issuePaths(s.project.safeParse({ ...project, periode: { start: 2024, einde: 2021 } }))).toEqual(['periode.einde']);
  });

  it('defaults draft to false', () => {
    const parsed = s.project.parse(project);
    expect(parsed.draft).toBe(false);
  });
});

describe('policy page schema', () => {
  const page = { titel: 'Achtergrond', samenvatting: 'De geschiedenis van het Vlaamse beleid sinds 2015.', bron: ['https://www.vlaanderen.be/'] };

  it('accepts a page under an existing parent', () => {
    expect(s.beleid.safeParse({ ...page, ouder: 'sociale-cohesie' }).success).toBe(true);
  });

  it('rejects a parent that does not exist', () => {
    expect(issuePaths(s.beleid.safeParse({ ...page, ouder: 'sociale-cohesi' }))).toEqual(['ouder']);
  });

  it('rejects a page without a source', () => {
    expect(issuePaths(s.beleid.safeParse({ ...page, bron: [] }))).toEqual(['bron']);
  });

  it('rejects a timeline date that does not exist', () => {
    const tijdlijn = [{ datum: '2023-02-30', titel: 'Rapport', tekst: 'Een voortgangsrapport.' }];
    expect(issuePaths(s.beleid.safeParse({ ...page, tijdlijn }))).toEqual(['tijdlijn.0.datum']);
  });
});

describe('calendar dates', () => {
  it.each(['2024-02-29', '2026-11-25'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2024-13-45', '2023-02-30', '2024-1-5', '25-11-2026'])('rejects %s', (d) => expect(isCalendarDate(d)).toBe(false));
});
