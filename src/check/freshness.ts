import { isCalendarDate } from '../schemas/fields.ts';
import { CONTACT_MAX_AGE_MONTHS } from './collections.ts';
import type { Entry } from './files.ts';
import type { Problem } from './problem.ts';
import { lineOf } from './source.ts';

/** Warns when a good practice's contact has not been checked for a year: visitors would write to a dead address. */
export function staleContacts(entries: readonly Entry[], today: Date): Problem[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - CONTACT_MAX_AGE_MONTHS, today.getUTCDate()));
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.collection !== 'goede-praktijken' || !e.source) continue;
    const value = (e.data as Record<string, unknown> | undefined)?.contactGecontroleerd;
    if (typeof value !== 'string' || !isCalendarDate(value)) continue; // the schema reports it
    if (new Date(`${value}T00:00:00Z`) < limit) {
      problems.push({
        severity: 'waarschuwing', file: e.file, line: lineOf(e.source, ['contactGecontroleerd']), field: 'contactGecontroleerd',
        message: `het contact is laatst gecontroleerd op ${value}, meer dan ${CONTACT_MAX_AGE_MONTHS} maanden geleden`,
        fix: 'controleer of het e-mailadres, de website of het telefoonnummer nog werkt en zet hier de datum van vandaag',
      });
    }
  }
  return problems;
}
