import type { z } from 'astro/zod';
import { describeAt, enumValues, schemaAt } from './shape.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Zod's own English messages; schemas with a Dutch message of their own keep it. */
const isDefaultMessage = (m: string) => /^(Invalid|Too (small|big)|Expected|Required)/.test(m);

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst', number: 'een getal', int: 'een geheel getal', boolean: 'true of false', array: 'een lijst',
  object: 'een groep velden', date: 'een datum',
};

const TYPE_FIXES: Record<string, string> = {
  string: 'zet de waarde tussen aanhalingstekens, bv. "2024"',
  number: 'schrijf alleen het getal, zonder aanhalingstekens, bv. 2024',
  int: 'schrijf een geheel getal zonder komma, bv. 3',
  boolean: 'schrijf true (ja) of false (nee), zonder aanhalingstekens',
  array: 'schrijf een lijst: [waarde1, waarde2] of elke waarde op een eigen regel die begint met "- "',
  object: 'zet de onderdelen op eigen regels eronder, twee spaties ingesprongen',
};

function typeOf(value: unknown): string {
  if (value === null) return 'een leeg veld';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'string') return `de tekst "${value}"`;
  if (typeof value === 'number') return `het getal ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'een groep velden';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) v = v == null ? undefined : (v as Record<PropertyKey, unknown>)[seg];
  return v;
}

/** Dutch message and fix for one Zod issue, with the value the editor wrote for context. */
export function explainIssue(issue: Issue, schema: z.ZodType, data: unknown): { message: string; fix: string } {
  const path = issue.path;
  const value = valueAt(data, path);
  const describe = describeAt(schema, path);
  const key = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  const hint = describe ? ` (${describe})` : '';

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return { message: 'verplicht veld ontbreekt', fix: `voeg "${key}:" toe${hint}` };
      }
      if (value === null) {
        return { message: 'het veld is leeg', fix: `vul een waarde in${hint}, of verwijder het veld als het niet verplicht is` };
      }
      const expected = issue.expected as string;
      return {
        message: `hier hoort ${TYPE_NAMES[expected] ?? expected}, maar er staat ${typeOf(value)}`,
        fix: TYPE_FIXES[expected] ?? `pas de waarde aan${hint}`,
      };
    }
    case 'invalid_value': {
      const allowed = (enumValues(schemaAt(schema, path) ?? schema) ?? issue.values.map(String)) as string[];
      const shown = allowed.length <= 12 ? ` Toegelaten: ${allowed.join(', ')}.` : '';
      const taxonomy = /voor (\w+)$/.exec(issue.message)?.[1];
      return {
        message: `"${String(value)}" is geen toegelaten waarde${taxonomy ? ` voor ${taxonomy}` : ''}`,
        fix: didYouMean(String(value), allowed, `kies een id uit content/taxonomie/${taxonomy ?? '…'}.yaml.${shown}`.replace(/\.\s*$/, ''), Math.max(4, Math.ceil(String(value).length / 2))),
      };
    }
    case 'invalid_format': {
      const own = !isDefaultMessage(issue.message);
      if (issue.format === 'email') {
        return { message: own ? issue.message : 'geen geldig e-mailadres', fix: 'schrijf het volledige functionele adres: naam, @ en een domein met een punt, bv. info@organisatie.be' };
      }
      if (issue.format === 'url') {
        return { message: own ? issue.message : 'geen geldig webadres', fix: 'kopieer het volledige adres uit de adresbalk van de browser, beginnend met https://' };
      }
      return { message: own ? issue.message : 'de waarde heeft niet de juiste vorm', fix: `pas de waarde aan${hint}` };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
      const origin = (issue as { origin: string }).origin;
      const own = isDefaultMessage(issue.message) ? undefined : issue.message;
      if (origin === 'string') {
        const length = typeof value === 'string' ? value.length : 0;
        return {
          message: own ?? `te ${small ? 'kort' : 'lang'}: ${small ? 'minstens' : 'hoogstens'} ${limit} tekens, nu ${length}`,
          fix: small ? `vul de tekst aan${hint}` : 'kort de tekst in',
        };
      }
      if (origin === 'array') {
        return {
          message: own ?? (small ? `geef minstens ${limit} ${Number(limit) === 1 ? 'waarde' : 'waarden'}` : `hoogstens ${limit} waarden`),
          fix: small ? `vul de lijst aan${hint}` : 'houd alleen de belangrijkste waarden over',
        };
      }
      return {
        message: own ?? `${small ? 'te klein: minstens' : 'te groot: hoogstens'} ${limit}`,
        fix: `pas de waarde aan${hint}`,
      };
    }
    case 'custom': {
      const params = (issue as { params?: { fix?: string } }).params;
      if (params?.fix) return { message: issue.message, fix: params.fix };
      if (issue.message.startsWith('geen geldige datum')) {
        return {
          message: `"${String(value)}" is geen bestaande datum`,
          fix: 'schrijf JJJJ-MM-DD met een maand van 01 tot 12 en een dag die in die maand bestaat, bv. 2025-03-14',
        };
      }
      return { message: issue.message, fix: describe ? `zie de uitleg bij dit veld: ${describe}` : 'pas de waarde aan' };
    }
    default:
      return { message: isDefaultMessage(issue.message) ? 'ongeldige waarde' : issue.message, fix: `pas de waarde aan${hint}` };
  }
}
