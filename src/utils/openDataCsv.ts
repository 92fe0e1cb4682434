import { stringify } from 'csv-stringify/sync';
import type { OpenDataPraktijk } from './openDataSchema';

type Column = [name: string, value: (p: OpenDataPraktijk) => string | number | boolean | undefined | readonly string[]];

/**
 * The CSV columns in a fixed order that follows the JSON fields. A reference gives two columns,
 * the ids and the names, so a spreadsheet can both join on ids and be read as is.
 * Append new columns at the end: scripts of re-users may count on positions.
 */
export const CSV_COLUMNS: readonly Column[] = [
  ['id', (p) => p.id],
  ['url', (p) => p.url],
  ['titel', (p) => p.titel],
  ['samenvatting', (p) => p.samenvatting],
  ['bijgewerkt', (p) => p.bijgewerkt],
  ['bron', (p) => p.bron],
  ['type_id', (p) => p.type.id],
  ['type_label', (p) => p.type.label],
  ['themas_id', (p) => p.themas.map((t) => t.id)],
  ['themas_label', (p) => p.themas.map((t) => t.label)],
  ['doelgroepen_id', (p) => p.doelgroepen.map((t) => t.id)],
  ['doelgroepen_label', (p) => p.doelgroepen.map((t) => t.label)],
  ['schaal_id', (p) => p.schaal.map((t) => t.id)],
  ['schaal_label', (p) => p.schaal.map((t) => t.label)],
  ['gemeenten', (p) => p.gemeenten],
  ['provincies_id', (p) => p.provincies.map((t) => t.id)],
  ['provincies_label', (p) => p.provincies.map((t) => t.label)],
  ['periode_start', (p) => p.periode?.start],
  ['periode_einde', (p) => p.periode?.einde],
  ['leerpunten', (p) => p.leerpunten],
  ['zieOok_titel', (p) => p.zieOok.map((z) => z.titel)],
  ['zieOok_url', (p) => p.zieOok.map((z) => z.url)],
  ['sleutelwoorden', (p) => p.sleutelwoorden],
  ['verwant_id', (p) => p.verwant.map((v) => v.id)],
  ['verwant_titel', (p) => p.verwant.map((v) => v.titel)],
  ['eigenaar_id', (p) => p.eigenaar.id],
  ['eigenaar_naam', (p) => p.eigenaar.naam],
  ['partners_id', (p) => p.partners.map((o) => o.id)],
  ['partners_naam', (p) => p.partners.map((o) => o.naam)],
  ['contact_email', (p) => p.contact?.email],
  ['contact_website', (p) => p.contact?.website],
  ['contact_telefoon', (p) => p.contact?.telefoon],
  ['bronGeraadpleegd', (p) => p.bronGeraadpleegd],
  ['contactGecontroleerd', (p) => p.contactGecontroleerd],
  ['status_id', (p) => p.status.id],
  ['status_label', (p) => p.status.label],
  ['inDatabank', (p) => p.inDatabank],
  ['tekst', (p) => p.tekst],
];

/** Separator between the values of a list in one cell: each value on its own line, which no value contains. */
export const CSV_LIST_SEPARATOR = '\n';

function cell(value: ReturnType<Column[1]>): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(CSV_LIST_SEPARATOR);
  return String(value);
}

/**
 * RFC 4180 CSV: comma separated, CRLF between records, fields quoted when they hold a comma, quote or
 * line break of either kind. The byte order mark makes Excel read it as UTF-8 instead of the Windows code page.
 */
export function openDataCsv(records: readonly OpenDataPraktijk[]): string {
  return stringify(
    records.map((r) => CSV_COLUMNS.map(([, value]) => cell(value(r)))),
    { header: true, columns: CSV_COLUMNS.map(([name]) => name), record_delimiter: 'windows', bom: true,
      // With CRLF records csv-stringify quotes only a CRLF; a bare LF between list values must be quoted too,
      // or Python's csv module and spreadsheets start a new row at it.
      quote_record_delimiter: true },
  );
}
