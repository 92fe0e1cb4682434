import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { makeSchemas } from '@/schemas/collections';
import { calendarDate } from '@/schemas/fields';
import { loadTaxonomy, type TaxonomyName } from '@/schemas/taxonomies';
import { cspHeader } from '@/headers';
import { headersFileText } from '@/hosting/headersFile';
import { cmsConfig, collectionFields } from '@/cms/config';
import { fieldsOf, type CmsField } from '@/cms/widgets';
import { COLLECTIONS } from '@/collections';
import { arrayElement, objectShape, unwrap } from '@/check/shape';
import { headersFor, parseHeaders } from '../../../scripts/lib/headers-file';

const config = cmsConfig({ repo: 'vlaanderen/voorbeeld', branch: 'main' }, 'https://www.example.org');
const schemas = makeSchemas(() => z.string());
const collections = config.collections as { name: string; folder: string; fields: CmsField[] }[];
const fields = collectionFields();

/** Every field path of a schema: `contact.email`, `tijdlijn[].datum`. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  return Object.entries(objectShape(schema)).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const item = arrayElement(field);
    const nested = item && Object.keys(objectShape(item)).length ? schemaPaths(item, `${path}[].`) : schemaPaths(field, `${path}.`);
    return [path, ...nested];
  });
}

/** Every field path of the CMS form, in the same notation. */
function formPaths(list: CmsField[], prefix = ''): string[] {
  return list.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const sub = f.fields as CmsField[] | undefined;
    const nested = sub ? formPaths(sub, f.widget === 'list' ? `${path}[].` : `${path}.`) : [];
    return [path, ...nested];
  });
}

function formField(list: CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.replace(/\[\]/g, '').split('.');
  const f = list.find((x) => x.name === head);
  return rest.length ? formField((f?.fields as CmsField[]) ?? [], rest.join('.')) : f;
}

const schemaOf = (name: string) => schemas[COLLECTIONS.find((c) => c.name === name)!.schema];

describe('CMS configuration generated from the schemas', () => {
  it('has a form field for every field of every schema, and no other', () => {
    for (const c of COLLECTIONS) {
      expect(formPaths(fields[c.name]).sort(), c.name).toEqual(schemaPaths(schemas[c.schema]).sort());
    }
  });

  it('gives every field a Dutch label and the schema’s description as its hint', () => {
    for (const c of COLLECTIONS) {
      for (const path of schemaPaths(schemas[c.schema])) {
        const f = formField(fields[c.name], path)!;
        expect(f.label, path).toMatch(/^[A-Z]/);
        expect(f.hint, path).toContain(unwrap(schemaAtPath(schemas[c.schema], path)).description);
      }
    }
  });

  it('makes a field required exactly when the schema requires it (outside optional groups)', () => {
    for (const c of COLLECTIONS) {
      for (const [name, field] of Object.entries(objectShape(schemas[c.schema]))) {
        const u = unwrap(field);
        expect(formField(fields[c.name], name)!.required, `${c.name}.${name}`).toBe(!u.optional && !u.hasDefault);
      }
    }
    // Inside a group the editor may leave out, the schema demands the group's fields before saving.
    expect(formField(fields.projecten, 'periode.start')!.required).toBe(false);
    expect(formField(fields.projecten, 'periode.start')!.hint).toContain('verplicht als u iets invult bij periode');
    // A fiche may leave its contact out (the fiche then says none is known); its lessons it may not.
    expect(formField(fields['goede-praktijken'], 'contact')!.required).toBe(false);
    expect(formField(fields['goede-praktijken'], 'leerpunten')!.required).toBe(true);
    expect(formField(fields.beleid, 'tijdlijn[].datum')!.required).toBe(true);
  });

  it('offers taxonomy fields as a select with the labels from content/taxonomie', () => {
    const cases: [string, string, TaxonomyName, boolean][] = [
      ['goede-praktijken', 'themas', 'thema', true],
      ['goede-praktijken', 'type', 'praktijktype', false],
      ['goede-praktijken', 'provincies', 'provincie', true],
      ['projecten', 'soort', 'projectsoort', false],
      ['goede-praktijken', 'status', 'status', false],
    ];
    for (const [collection, name, taxonomy, multiple] of cases) {
      const f = formField(fields[collection as keyof typeof fields], name)!;
      expect(f.widget).toBe('select');
      expect(Boolean(f.multiple)).toBe(multiple);
      expect(f.options).toEqual(loadTaxonomy(taxonomy).map((t) => ({ label: t.label, value: t.id })));
    }
  });

  it('offers references as relation widgets that store the id (file name) of an existing entry', () => {
    const relations = ['goede-praktijken.eigenaar', 'goede-praktijken.partners', 'goede-praktijken.verwant', 'projecten.eigenaar', 'beleid.ouder'];
    const targets = ['organisaties', 'organisaties', 'goede-praktijken', 'organisaties', 'beleid'];
    relations.forEach((path, i) => {
      const [collection, name] = path.split('.') as [keyof typeof fields, string];
      const f = formField(fields[collection], name)!;
      expect(f, path).toMatchObject({ widget: 'relation', collection: targets[i], value_field: '{{slug}}' });
    });
    expect(formField(fields['goede-praktijken'], 'partners')!.multiple).toBe(true);
    expect(formField(fields['goede-praktijken'], 'eigenaar')!.multiple).toBeUndefined();
  });

  it('writes every date as JJJJ-MM-DD without a time, including dates a later schema change adds', () => {
    for (const path of ['goede-praktijken.contactGecontroleerd', 'beleid.bijgewerkt', 'beleid.tijdlijn[].datum']) {
      const [collection, ...rest] = path.split('.');
      expect(formField(fields[collection as keyof typeof fields], rest.join('.')), path).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    }
    const extended = schemaOf('goede-praktijken').extend({ bronGeraadpleegd: calendarDate().optional().describe('Datum waarop de bron laatst geraadpleegd is') });
    const added = fieldsOf('', extended, { refs: new WeakMap(), taxonomyOf: () => undefined }).find((f) => f.name === 'bronGeraadpleegd');
    expect(added).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', label: 'Bron geraadpleegd', required: false });
  });

  it('gives lists of texts and lists of groups a list widget with the schema’s minimum', () => {
    expect(formField(fields['goede-praktijken'], 'leerpunten')).toMatchObject({ widget: 'list', min: 1, field: { widget: 'text' } });
    expect(formField(fields['goede-praktijken'], 'zieOok')).toMatchObject({ widget: 'list', fields: [{ name: 'titel' }, { name: 'url' }] });
  });

  it('lets a form pattern accept only values the schema accepts', () => {
    const samples = ['', 'ab', 'abc', 'https://www.vvsg.be/', 'http://x.be', 'ftp://x.be', 'www.vvsg.be', 'https://', 'info@vvsg.be', 'a@b', 'geen adres', '+32 2 123 45 67', '02 123', 'x'.repeat(121), 'x'.repeat(321)];
    let checked = 0;
    for (const c of COLLECTIONS) {
      for (const path of schemaPaths(schemas[c.schema])) {
        const f = formField(fields[c.name], path)!;
        const own = (f.field as CmsField | undefined) ?? f;
        const pattern = own.pattern as [string, string] | undefined;
        if (!pattern) continue;
        const field = schemaAtPath(schemas[c.schema], path);
        const item = arrayElement(field) ?? field;
        for (const value of samples) {
          if (new RegExp(pattern[0]).test(value)) expect(unwrap(item).schema.safeParse(value).success, `${c.name}.${path}: "${value}"`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives the body a Markdown editor without HTML or components', () => {
    for (const c of collections.filter((x) => x.name !== 'organisaties')) {
      const body = c.fields.find((f) => f.name === 'body')!;
      expect(body).toMatchObject({ widget: 'markdown', editor_components: [], sanitize_preview: true });
    }
    expect(collections.find((c) => c.name === 'organisaties')!.fields.some((f) => f.name === 'body')).toBe(false);
  });

  it('stops with the field’s name when a schema field has a type the generator has no widget for', () => {
    const schema = z.object({ kaart: z.map(z.string(), z.string()).describe('Een kaart') });
    expect(() => fieldsOf('', schema, { refs: new WeakMap(), taxonomyOf: () => undefined })).toThrow(/Geen CMS-widget voor veld "kaart"/);
  });

  it('uses the editorial workflow, the GitHub backend of the configured repository, the local proxy and Dutch', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'nl', local_backend: true, backend: { name: 'github', repo: 'vlaanderen/voorbeeld', branch: 'main' } });
    expect(collections.map((c) => c.folder)).toEqual(COLLECTIONS.map((c) => `content/${c.dir}`));
  });
});

describe('the admin CSP', () => {
  it('is what the generated _headers sends for /admin/, and only there allows unsafe-eval', () => {
    const rules = parseHeaders(headersFileText());
    const csp = headersFor(rules, '/admin/').get('Content-Security-Policy');
    expect(csp).toBe(cspHeader('/admin/'));
    expect(csp).toContain("'unsafe-eval'");
    expect(headersFor(rules, '/admin/config.yml').get('X-Robots-Tag')).toMatch(/noindex/);
    for (const path of ['/', '/zoeken/', '/databank/', '/administratie/']) {
      expect(headersFor(rules, path).get('Content-Security-Policy'), path).not.toContain("'unsafe-eval'");
    }
  });
});

function schemaAtPath(schema: z.ZodType, path: string): z.ZodType {
  let s = schema;
  for (const part of path.split('.')) {
    const name = part.replace('[]', '');
    s = objectShape(s)[name]!;
    if (part.endsWith('[]')) s = arrayElement(s)!;
  }
  return s;
}
