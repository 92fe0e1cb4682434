import { z } from 'astro/zod';
import type { TaxonomyName } from './taxonomies';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when a YYYY-MM-DD string names a real calendar day (no roll-over of 2024-13-45 or 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date. YAML already turns an unquoted date into a Date (and rolls 2024-13-45 over),
 * so the content check validates the raw text first; here both forms are accepted.
 */
export const calendarDate = () =>
  z
    .union([
      z.date(),
      z.string().refine(isCalendarDate, { message: 'geen geldige datum: schrijf JJJJ-MM-DD, bv. 2025-03-14' }),
    ])
    .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`)));

/** An absolute web address (http or https). */
export const webUrl = () =>
  z.url({ protocol: /^https?$/, message: 'geen geldig webadres: begin met https://' });

/** An e-mail address; functional addresses only, never a person's own. */
export const email = () => z.email({ message: 'geen geldig e-mailadres, bv. info@organisatie.be' });

/** A value from one of the taxonomies in content/taxonomie, given its ids. */
export const term = (name: TaxonomyName, ids: [string, ...string[]]) =>
  z.enum(ids, { message: `onbekende waarde voor ${name}` });

/** One or more values from a taxonomy, without repeats. */
export const terms = (name: TaxonomyName, ids: [string, ...string[]]) =>
  z.array(term(name, ids)).min(1, { message: `kies minstens één waarde uit ${name}` });

/** Sources of the facts on a page: the public pages they were taken from. */
export const bron = () =>
  z.array(webUrl()).min(1, { message: 'geef minstens één bron (webadres) op' });

/** A period in whole years; `einde` left out while it still runs. */
export const periode = () =>
  z
    .object({
      /** First year. */
      start: z.number().int().min(1990).max(2100).describe('Beginjaar, bv. 2021'),
      /** Last year, left out while it still runs. */
      einde: z.number().int().min(1990).max(2100).optional().describe('Eindjaar; laat weg zolang het loopt'),
    })
    .refine((p) => p.einde === undefined || p.einde >= p.start, {
      message: 'het eindjaar ligt voor het beginjaar',
      path: ['einde'],
    });
