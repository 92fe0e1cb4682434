import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { updateMarkedSections } from '../../scripts/fields/docs.ts';
import { NOT_ASKED } from '../../scripts/fields/issue-form.ts';
import { buildSchemas } from '../../src/check/schemas.ts';
import { objectShape, unwrap } from '../../src/check/shape.ts';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

describe('CONTRIBUTING.md', () => {
  it('has a field reference and error examples that match the schemas and the check (else run npm run docs:fields)', () => {
    expect(updateMarkedSections(contributing)).toBe(contributing);
  });

  it('documents every field of every content type', () => {
    const s = buildSchemas(resolve('tests/fixtures/broken/content'), new Map());
    for (const schema of [s.beleid, s.project, s.goedePraktijk, s.organisatie]) {
      for (const key of Object.keys(objectShape(schema))) expect(contributing).toContain(`| \`${key}\` |`);
    }
  });
});

describe('the issue form "Nieuwe goede praktijk voorstellen"', () => {
  const form = parse(readFileSync('.github/ISSUE_TEMPLATE/nieuwe-goede-praktijk.yml', 'utf8')) as {
    name: string;
    body: { id?: string; validations?: { required: boolean } }[];
  };
  const schema = buildSchemas(resolve('content'), new Map()).goedePraktijk;
  const shape = objectShape(schema);

  it('is named as editors know it', () => {
    expect(form.name).toBe('Nieuwe goede praktijk voorstellen');
  });

  it('asks one question per field of the good-practice schema, except those the redactie fills in', () => {
    const asked = form.body.map((q) => q.id).filter((id) => id && id !== 'beschrijving');
    expect(asked.sort()).toEqual(Object.keys(shape).filter((k) => !NOT_ASKED[k]).sort());
  });

  it('makes a question required exactly when the schema field is', () => {
    for (const q of form.body.filter((b) => b.id && b.id !== 'beschrijving')) {
      const u = unwrap(shape[q.id!]!);
      expect(q.validations?.required, q.id).toBe(!u.optional && !u.hasDefault);
    }
  });
});
