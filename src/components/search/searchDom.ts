import nl from '@/i18n/nl.json';
import { bestSection, type Outcome, type ResultData } from './runSearch';
import { resultHref } from './resultHref';
import { safeExcerpt } from './safeExcerpt';
import { hasFilters, type FilterKey, type SearchState } from './searchState';

const t = nl.zoeken;
const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** One result: title linked to the best-matching section, kind and date, excerpt with the words marked. */
export function resultItem(data: ResultData, offline: boolean): HTMLLIElement {
  const section = bestSection(data);
  const li = document.createElement('li');
  li.className = 'resultaat';
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = resultHref(section?.anchor ? section.url : data.url, offline);
  a.textContent = data.meta.title ?? data.url;
  h3.append(a);
  const meta = document.createElement('p');
  meta.className = 'soort';
  const type = data.filters.type?.[0];
  const date = data.meta.date ? dateFormat.format(new Date(`${data.meta.date}T00:00:00Z`)) : '';
  meta.textContent = [type, date && `${t.bijgewerkt} ${date}`].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'uittreksel';
  excerpt.append(safeExcerpt(section?.anchor ? section.excerpt : data.excerpt));
  li.append(h3, meta, excerpt);
  if (section?.anchor && section.title) {
    const where = document.createElement('p');
    where.className = 'sectie';
    where.textContent = `${t.gevondenIn} ${section.title}`;
    li.append(where);
  }
  return li;
}

/**
 * The checkboxes of one filter, with the number of results each value would give. Values without
 * results are left out unless chosen; ids follow the value's place in the full list, so a rebuilt
 * list keeps the id of the checkbox that has the keyboard focus.
 */
export function filterFieldset(
  key: FilterKey,
  all: readonly string[],
  chosen: readonly string[],
  counts: Record<string, number> | undefined,
): HTMLFieldSetElement | undefined {
  const values = [...new Set([...all, ...chosen])]
    .filter((v) => chosen.includes(v) || (counts?.[v] ?? 0) > 0)
    .sort((a, b) => a.localeCompare(b, 'nl'));
  if (values.length === 0) return undefined;
  const fieldset = document.createElement('fieldset');
  const legend = document.createElement('legend');
  legend.textContent = t.filterNamen[key];
  const list = document.createElement('ul');
  for (const value of values) {
    const li = document.createElement('li');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = key;
    input.value = value;
    input.id = `filter-${key}-${all.indexOf(value) >= 0 ? all.indexOf(value) : value.replace(/\W+/g, '-')}`;
    input.checked = chosen.includes(value);
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = `${value} (${counts?.[value] ?? 0})`;
    li.append(input, label);
    list.append(li);
  }
  fieldset.append(legend, list);
  return fieldset;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** What the live region says about a search: the count, and whether words were corrected or dropped. */
export function statusMessage(state: SearchState, outcome: Outcome): string {
  const n = outcome.results.length;
  if (!state.q && !hasFilters(state)) return t.leeg;
  if (!state.q) return n === 0 ? t.geenFilterResultaten : fill(n === 1 ? t.filterResultaat : t.filterResultaten, { n });
  if (n === 0) return fill(t.geenResultaten, { q: state.q });
  const q = outcome.corrected ? outcome.searched : state.q;
  let message =
    outcome.partial && outcome.complete === 0
      ? fill(n === 1 ? t.deelResultaat : t.deelResultaten, { n, q })
      : fill(n === 1 ? t.resultaat : t.resultaten, { n, q });
  if (outcome.partial && outcome.complete > 0) message += `: ${fill(t.aanvulling, { k: outcome.complete })}`;
  if (hasFilters(state)) message += ` ${t.metFilters}`;
  if (outcome.corrected) message += ` ${fill(t.inPlaatsVan, { q: state.q })}`;
  return message;
}
