import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { openDataSchemas, type OpenDataPraktijk } from '@/utils/openDataSchema';
import { openDataRecord } from '@/utils/openDataRecord';
import { CSV_COLUMNS, CSV_LIST_SEPARATOR, openDataCsv } from '@/utils/openDataCsv';
import { fixtureEntries, organisationName, schemas, termLabel } from './fixtures';

const entries = fixtureEntries().filter((e) => !e.data.draft);
const titles = new Map(fixtureEntries().map((e) => [e.id, e.data.titel]));
const records = entries.map((e) =>
  openDataRecord(e, {
    siteUrl: 'https://voorbeeld.vlaanderen.be',
    organisationName,
    practiceTitle: (id) => titles.get(id)!,
    termLabel,
  }),
);
const { praktijk, bestand } = openDataSchemas();

function jsonSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(z.toJSONSchema(bestand));
}

describe('open data records', () => {
  it('pass the open data schema', () => {
    for (const r of records) expect(praktijk.safeParse(r).error?.issues ?? []).toEqual([]);
  });

  it('pass the generated JSON Schema, wrapped as the published file', () => {
    const validate = jsonSchemaValidator();
    const file = { $schema: 'https://voorbeeld.vlaanderen.be/databank/goede-praktijken.schema.json', naam: 'Databank', url: 'https://voorbeeld.vlaanderen.be/databank/', licentie: { naam: 'Modellicentie', url: 'https://overheid.vlaanderen.be/' }, aantal: records.length, praktijken: records };
    expect(validate(file) ? [] : validate.errors).toEqual([]);
  });

  it('are rejected by the JSON Schema when a field is missing or unknown', () => {
    const validate = jsonSchemaValidator();
    const { leerpunten: _l, ...without } = records[0]!;
    const wrap = (p: unknown) => ({ $schema: 'x', naam: 'x', url: 'https://x.be/', licentie: { naam: 'x', url: 'https://x.be/' }, aantal: 1, praktijken: [p] });
    expect(validate(wrap(without))).toBe(false);
    expect(validate(wrap({ ...records[0], geheim: 1 }))).toBe(false);
  });

  it('have a field for every field of the content schema except draft', () => {
    const content = Object.keys(schemas.goedePraktijk.shape).filter((k) => k !== 'draft');
    expect(Object.keys(praktijk.shape).filter((k) => content.includes(k))).toEqual(content);
  });

  it('fill every field the schema requires, and the optional ones the entry has', () => {
    const required = (z.toJSONSchema(praktijk) as { required: string[] }).required;
    for (const r of records) for (const k of required) expect(r, k).toHaveProperty(k);
    expect(records.find((r) => r.id === 'bondgenoten')!.periode).toEqual({ start: 2007 });
  });

  it('give references as ids plus names', () => {
    const b = records.find((r) => r.id === 'interlevensbeschouwelijk-overleg')!;
    expect(b.eigenaar).toEqual({ id: 'vvsg', naam: 'Vereniging van Vlaamse Steden en Gemeenten' });
    expect(b.partners).toEqual([{ id: 'agentschap-integratie-en-inburgering', naam: 'Agentschap Integratie en Inburgering' }]);
    expect(b.verwant[0]!.id).toBe('bondgenoten');
    expect(b.verwant[0]!.titel).toMatch(/^Bondgenoten/);
    expect(b.themas[0]).toEqual({ id: 'sociale-samenhang', label: 'Sociale samenhang versterken' });
  });

  it('write dates as YYYY-MM-DD and link to the fiche', () => {
    const b = records.find((r) => r.id === 'bondgenoten')!;
    expect(b.contactGecontroleerd).toBe('2026-11-20');
    expect(b.bronGeraadpleegd).toBe('2026-10-01');
    expect(b.url).toBe('https://voorbeeld.vlaanderen.be/databank/bondgenoten/');
  });

  it('leave out the contact and its check date when there are none, and keep the source date', () => {
    const d = records.find((r) => r.id === 'dag-van-de-dialoog')!;
    expect(d).not.toHaveProperty('contact');
    expect(d).not.toHaveProperty('contactGecontroleerd');
    expect(d.bronGeraadpleegd).toBe('2026-10-01');
  });

  it('carry the body with its Projectaanpak section', () => {
    for (const r of records) expect(r.tekst).toMatch(/^## Projectaanpak/m);
  });
});

describe('open data CSV', () => {
  const csv = openDataCsv(records);
  const rows = parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

  it('starts with a UTF-8 byte order mark so Excel reads the accents', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('ends every record with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\ufeff' + CSV_COLUMNS.map(([n]) => n).join(','));
  });

  it('has one row per entry with the columns in the fixed order', () => {
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(Object.keys(rows[0]!)).toEqual(CSV_COLUMNS.map(([n]) => n));
  });

  it('reads back every field, lists one value per line', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of records) {
      const row = byId.get(r.id)!;
      expect(row.titel).toBe(r.titel);
      expect(row.tekst).toBe(r.tekst);
      expect(row.leerpunten!.split(CSV_LIST_SEPARATOR)).toEqual(r.leerpunten);
      expect(row.themas_id!.split(CSV_LIST_SEPARATOR)).toEqual(r.themas.map((t) => t.id));
      expect(row.eigenaar_naam).toBe(r.eigenaar.naam);
      expect(row.contactGecontroleerd).toBe(r.contactGecontroleerd ?? '');
      expect(row.bronGeraadpleegd).toBe(r.bronGeraadpleegd);
      expect(row.contact_website).toBe(r.contact?.website ?? '');
      expect(row.inDatabank).toBe(String(r.inDatabank));
    }
  });

  it('quotes every field with a line break of either kind, so no record ends inside a field', () => {
    const lf = records.find((r) => r.leerpunten.length > 1)!;
    const tricky: OpenDataPraktijk = { ...lf, titel: 'Met een\rregel' };
    const csv = openDataCsv([tricky]);
    // Outside quoted fields, the only line breaks are the CRLF record ends.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unquoted.split('\r\n')).toHaveLength(3);
  });

  it('reads as one record per entry in a strict parser set to CRLF records, with the right list values', () => {
    const strict = parse(csv, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false }) as string[][];
    const [header, ...body] = strict;
    expect(header).toEqual(CSV_COLUMNS.map(([n]) => n));
    expect(body).toHaveLength(records.length);
    const col = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name);
    body.forEach((row, i) => {
      const r = records[i]!;
      expect(row[col('id')]).toBe(r.id);
      expect(row[col('leerpunten')]!.split(CSV_LIST_SEPARATOR)).toEqual(r.leerpunten);
      expect(row[col('doelgroepen_label')]!.split(CSV_LIST_SEPARATOR)).toEqual(r.doelgroepen.map((d) => d.label));
      expect(row[col('tekst')]).toBe(r.tekst);
    });
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)("reads as one record per entry in Python's csv module, with the right list values", () => {
    const script = [
      'import csv, io, json, sys',
      "rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline=''), strict=True))",
      'print(json.dumps(rows))',
    ].join('\n');
    const run = spawnSync('python3', ['-c', script], { input: csv, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const [header, ...body] = JSON.parse(run.stdout) as string[][];
    expect(header).toEqual(CSV_COLUMNS.map(([n]) => n));
    expect(body.map((row) => row[0])).toEqual(records.map((r) => r.id));
    const col = CSV_COLUMNS.findIndex(([n]) => n === 'themas_id');
    body.forEach((row, i) => expect(row[col]!.split(CSV_LIST_SEPARATOR)).toEqual(records[i]!.themas.map((t) => t.id)));
  });

  it('quotes commas, quotes and line breaks inside a field', () => {
    const tricky: OpenDataPraktijk = { ...records[0]!, titel: 'Samen, "echt" samen', tekst: 'regel 1\r\nregel 2' };
    const [row] = parse(openDataCsv([tricky]), { bom: true, columns: true }) as Record<string, string>[];
    expect(row!.titel).toBe('Samen, "echt" samen');
    expect(row!.tekst).toBe('regel 1\r\nregel 2');
    expect(openDataCsv([tricky])).toContain('"Samen, ""echt"" samen"');
  });
});
