import { paginationItems } from '@/utils/paginationItems';

/** Dutch words of the pagination, from nl.json via the page. */
export interface PaginationText {
  label: string;
  vorige: string;
  volgende: string;
  pagina: string;
  paginaNummer: string;
}

/**
 * The markup of Pagination.astro, built in the browser for a filtered list: the same nav, links,
 * rel and aria attributes, with `href(n)` as the link of page n. Nothing when there is one page.
 */
export function renderPagination(current: number, pages: number, href: (n: number) => string, t: PaginationText): HTMLElement | null {
  if (pages <= 1) return null;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text = '') => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
    if (text) node.textContent = text;
    return node;
  };
  const step = (cls: string, rel: string, n: number, word: string) => {
    const a = el('a', { class: cls, href: href(n), rel, 'data-pagina': String(n) }, word);
    a.append(el('span', { class: 'visually-hidden' }, ` ${t.pagina}`));
    return a;
  };
  const nav = el('nav', { class: 'paginering', 'aria-label': t.label });
  if (current > 1) nav.append(step('vorige', 'prev', current - 1, t.vorige));
  const list = el('ul');
  for (const item of paginationItems(current, pages)) {
    if (item === 'ellipsis') {
      list.append(el('li', { class: 'weglating' }, '⋯'));
      continue;
    }
    const a = el('a', { href: href(item), 'aria-label': t.paginaNummer.replace('{n}', String(item)), 'data-pagina': String(item) }, String(item));
    if (item === current) a.setAttribute('aria-current', 'page');
    const li = el('li');
    li.append(a);
    list.append(li);
  }
  nav.append(list);
  if (current < pages) nav.append(step('volgende', 'next', current + 1, t.volgende));
  return nav;
}
