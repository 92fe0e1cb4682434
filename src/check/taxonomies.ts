import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TAXONOMY_NAMES } from '../schemas/taxonomies.ts';
import type { Problem } from './problem.ts';
import { lineOf, parseYaml } from './source.ts';

/**
 * Checks content/taxonomie/*.yaml before anything else: every schema is built from them, so a
 * broken taxonomy would otherwise surface as a crash instead of a message.
 */
export function checkTaxonomies(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of TAXONOMY_NAMES) {
    const file = join(root, 'taxonomie', `${name}.yaml`);
    if (!existsSync(file)) {
      problems.push({ severity: 'fout', file, line: 1, field: 'bestand', message: `de lijst met toegelaten waarden voor ${name} ontbreekt`,
        fix: `maak content/taxonomie/${name}.yaml aan met per waarde een "id" en een "label"` });
      continue;
    }
    const { source, data, problems: syntax } = parseYaml(file, readFileSync(file, 'utf8'), 0);
    problems.push(...syntax);
    if (syntax.length) continue;
    if (!Array.isArray(data) || data.length === 0) {
      problems.push({ severity: 'fout', file, line: 1, field: '(lijst)', message: 'dit bestand moet een lijst van waarden zijn',
        fix: 'begin elke waarde met "- id: …" en zet eronder "  label: …"' });
      continue;
    }
    const seen = new Set<string>();
    data.forEach((t: unknown, i) => {
      const term = (t ?? {}) as Record<string, unknown>;
      for (const key of ['id', 'label']) {
        if (typeof term[key] !== 'string' || !term[key]) {
          problems.push({ severity: 'fout', file, line: lineOf(source, [i]), field: `[${i + 1}].${key}`, message: `deze waarde heeft geen "${key}"`,
            fix: key === 'id' ? 'voeg "id: …" toe in kleine letters met koppeltekens' : 'voeg "label: …" toe, de tekst die bezoekers zien' });
        }
      }
      const id = term.id;
      if (typeof id === 'string') {
        if (seen.has(id)) {
          problems.push({ severity: 'fout', file, line: lineOf(source, [i, 'id']), field: `[${i + 1}].id`, message: `de id "${id}" staat er twee keer in`,
            fix: 'geef elke waarde een eigen id' });
        } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
          problems.push({ severity: 'fout', file, line: lineOf(source, [i, 'id']), field: `[${i + 1}].id`, message: `de id "${id}" wordt een webadres en mag alleen kleine letters, cijfers en koppeltekens bevatten`,
            fix: 'schrijf de id zonder hoofdletters, spaties of accenten' });
        }
        seen.add(id);
      }
    });
  }
  return problems;
}
