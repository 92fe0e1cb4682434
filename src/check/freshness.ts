import { isCalendarDate } from '../schemas/fields.ts';
import { CONTACT_MAX_AGE_MONTHS } from './collections.ts';
import type { Entry } from './files.ts';
import type { Problem } from './problem.ts';
import { lineOf } from './source.ts';

/**
 * Warns about published good practices whose contact nobody checked, or not for a year: visitors
 * would write to a dead address, and the site may not claim a check that did not happen.
 * Drafts are left alone: they are not on the site yet.
 */
export function staleContacts(entries: readonly Entry[], today: Date): Problem[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - CONTACT_MAX_AGE_MONTHS, today.getUTCDate()));
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.collection !== 'goede-praktijken' || !e.source) continue;
    const data = e.data as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object' || data.draft === true) continue;
    const value = data.contactGecontroleerd;
    if (value === undefined) {
      problems.push({
        severity: 'waarschuwing', file: e.file, line: lineOf(e.source, ['contact']), field: 'contactGecontroleerd',
        message: 'niemand heeft het contact van deze fiche al gecontroleerd; de fiche toont "Contact nog niet gecontroleerd"',
        fix: 'controleer het contact zoals CONTRIBUTING.md uitlegt (Een contact controleren) en voeg dan contactGecontroleerd toe met de datum van die dag',
      });
      continue;
    }
    if (typeof value !== 'string' || !isCalendarDate(value)) continue; // the schema reports it
    if (new Date(`${value}T00:00:00Z`) < limit) {
      problems.push({
        severity: 'waarschuwing', file: e.file, line: lineOf(e.source, ['contactGecontroleerd']), field: 'contactGecontroleerd',
        message: `het contact is laatst gecontroleerd op ${value}, meer dan ${CONTACT_MAX_AGE_MONTHS} maanden geleden`,
        fix: 'controleer of het e-mailadres, de website of het telefoonnummer nog bij de eigenaar uitkomt (zie CONTRIBUTING.md, Een contact controleren) en zet hier de datum van vandaag',
      });
    }
  }
  return problems;
}
