import { FACETS } from '@/utils/databankFacets';
import { applyFilters, type Selection } from '@/utils/filterPractices';
import { readFilterState, writeFilterState } from '@/utils/filterState';
import { countLabel } from '@/utils/countLabel';
import { pageSlice } from '@/utils/pageSlice';
import { rangeLabel } from '@/utils/rangeLabel';
import { FilterData, type FicheCard } from './filterData';
import { renderPagination, type PaginationText } from './renderPagination';

const KEYS = FACETS.map((f) => f.key);

/**
 * Progressive enhancement of the server-rendered first page: the facet links and the page links
 * stay for visitors without JavaScript; with it, checkboxes and a search field filter every fiche
 * from one compact index (loaded once a filter is likely) and show one page of results at a time.
 * Filters, search and page live in the address bar, so a view can be shared and survives a reload.
 * Every URL comes from the page (data-index, data-fiches, the page links), never from the bundle,
 * so the offline archive can make them relative like any other link.
 */
class DatabankFilter extends HTMLElement {
  #data?: Promise<FilterData>;
  #boxes: HTMLInputElement[] = [];
  #search!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLElement;
  #card!: HTMLTemplateElement;
  #range!: HTMLElement;
  #pager!: HTMLElement;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    // Opened from disk (the offline archive) a fetch of the index fails, so the page keeps what works
    // without JavaScript: the facet pages and the numbered pages, which are plain links.
    if (location.protocol === 'file:') return;
    const form = this.querySelector('form');
    const q = <T extends Element>(sel: string) => this.querySelector<T>(sel);
    const [status, search, list, card, range, pager] = [
      q<HTMLElement>('[role="status"]'), q<HTMLInputElement>('input[type="search"]'), q<HTMLElement>('[data-lijst]'),
      q<HTMLTemplateElement>('template[data-kaart]'), q<HTMLElement>('[data-reeks]'), q<HTMLElement>('[data-paginering]'),
    ];
    // Without an index (the offline archive leaves it out: fetch() does not work from file://) the
    // overview stays as it is without JavaScript, with its links per facet and per page.
    if (!form || !status || !search || !list || !card || !range || !pager || !this.dataset.index) return;
    [this.#status, this.#search, this.#list, this.#card, this.#range, this.#pager] = [status, search, list, card, range, pager];
    this.#boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

    const state = this.#readUrl();
    // On a phone the checkboxes start folded so the list is not pushed below thirty options.
    const details = form.querySelector('details');
    if (details && (matchMedia('(min-width: 60rem)').matches || Object.keys(state.selection).length > 0)) details.open = true;
    form.hidden = false;
    this.querySelector<HTMLElement>('[data-filter-nav]')?.setAttribute('hidden', '');

    // The index loads once a filter is likely, not with the page: the overview itself stays light.
    const load = () => void this.#load().catch(() => undefined);
    form.addEventListener('focusin', load, { once: true });
    form.addEventListener('pointerdown', load, { once: true });
    form.addEventListener('change', (event) => {
      if (event.target !== search) void this.#update(true, 1);
    });
    search.addEventListener('input', () => void this.#update(false, 1));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#update(true, 1);
    });
    this.querySelector('[data-wis]')?.addEventListener('click', () => {
      for (const box of this.#boxes) box.checked = false;
      search.value = '';
      void this.#update(true, 1);
      search.focus();
    });
    pager.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-pagina], .paginering a');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      const page = Number(link.dataset.pagina ?? /pagina\/(\d+)/.exec(link.href)?.[1] ?? 1);
      void this.#update(true, page, 'push').then(() => this.#range.focus());
    });
    window.addEventListener('popstate', () => void this.#update(true, this.#readUrl().page ?? 1, 'none'));
    if (state.query || Object.keys(state.selection).length > 0 || (state.page ?? 1) > 1) void this.#update(true, state.page ?? 1, 'none');
    else this.dataset.klaar = '';
  }

  /** Sets the form from the address bar and returns what it holds. */
  #readUrl() {
    const allowed = Object.fromEntries(KEYS.map((k) => [k, this.#boxes.filter((b) => b.name === k).map((b) => b.value)]));
    const state = readFilterState(location.search, allowed);
    for (const box of this.#boxes) box.checked = state.selection[box.name]?.includes(box.value) ?? false;
    this.#search.value = state.query;
    return state;
  }

  #load(): Promise<FilterData> {
    this.#data ??= FilterData.load(this.dataset.index ?? '').catch((error: unknown) => {
      this.#data = undefined;
      throw error;
    });
    return this.#data;
  }

  #selection(): Selection {
    const selection: Record<string, string[]> = {};
    for (const box of this.#boxes) if (box.checked) (selection[box.name] ??= []).push(box.value);
    return selection;
  }

  /**
   * Filters every fiche, recounts, shows page `page` of the result and writes the URL. A newer call
   * wins: an older one that is still waiting for data stops. The announcement waits while someone is typing.
   */
  async #update(announceNow: boolean, page: number, history: 'replace' | 'push' | 'none' = 'replace'): Promise<void> {
    const run = ++this.#run;
    delete this.dataset.klaar;
    delete this.dataset.getoond;
    const selection = this.#selection();
    const query = this.#search.value;
    const url = (n: number) => location.pathname + writeFilterState({ selection, query, page: n }, KEYS);
    let data: FilterData;
    try {
      data = await this.#load();
      // A search matches the summaries too: they all come in before the first searched list.
      if (query.trim() && !data.complete) await data.summariesFor();
      if (run !== this.#run) return;
      const result = applyFilters(data.cards, selection, query, KEYS);
      const matches = result.visible.flatMap((shown, i) => (shown ? [i] : []));
      const slice = pageSlice(matches, page);
      // The list, the counts and the page links change at once; summaries not fetched yet fill in when
      // their part arrives, so a click never waits for the network once the index is in.
      const cards = slice.items.map((i) => this.#cardFor(data.cards[i]!, data.summaries[i] ?? ''));
      this.#list.replaceChildren(...cards.map((c) => c.node));
      this.#range.hidden = slice.pages <= 1;
      this.#range.textContent = rangeLabel(slice, this.dataset.reeksTekst ?? '');
      const pager = renderPagination(slice.page, slice.pages, url, JSON.parse(this.dataset.pagineringTekst ?? '{}') as PaginationText);
      this.#pager.replaceChildren(...(pager ? [pager] : []));
      this.#recount(result.counts);
      if (history !== 'none') window.history[history === 'push' ? 'pushState' : 'replaceState'](window.history.state, '', url(slice.page) + location.hash);
      this.#announce(countLabel(result.total, { geen: this.dataset.geen ?? '', een: this.dataset.een ?? '', meer: this.dataset.meer ?? '' }), announceNow);
      const state = writeFilterState({ selection, query, page: slice.page }, KEYS);
      this.dataset.getoond = state;
      const missing = slice.items.filter((i) => data.summaries[i] === undefined);
      if (missing.length > 0) {
        await data.summariesFor(missing);
        if (run !== this.#run) return;
        slice.items.forEach((i, n) => (cards[n]!.summary.textContent = data.summaries[i] ?? ''));
      }
      this.dataset.klaar = state;
    } catch {
      if (run === this.#run) this.#announce(this.dataset.fout ?? '', true);
    }
  }

  #cardFor(card: FicheCard, text: string): { node: Node; summary: HTMLElement } {
    const node = this.#card.content.cloneNode(true) as DocumentFragment;
    const field = (name: string) => node.querySelector<HTMLElement>(`[data-veld="${name}"]`)!;
    field('type').textContent = card.type;
    const link = field('titel') as HTMLAnchorElement;
    // data-fiches is the folder of the fiches as this page links it (root-relative online, relative in a copy).
    link.setAttribute('href', `${this.dataset.fiches ?? ''}${card.id}/`);
    link.textContent = card.titel;
    const summary = field('samenvatting');
    summary.textContent = text;
    field('waar').textContent = card.waar;
    field('themas').textContent = card.themas;
    for (const el of node.querySelectorAll('[data-veld]')) el.removeAttribute('data-veld');
    return { node, summary };
  }

  #recount(counts: Record<string, Record<string, number>>): void {
    for (const box of this.#boxes) {
      const n = counts[box.name]?.[box.value] ?? 0;
      const label = box.labels?.[0];
      const count = label?.querySelector('[data-aantal]');
      if (count) count.textContent = `(${n})`;
      label?.classList.toggle('leeg', n === 0 && !box.checked);
    }
  }

  #announce(text: string, now: boolean): void {
    clearTimeout(this.#timer);
    if (now) this.#status.textContent = text;
    else this.#timer = setTimeout(() => (this.#status.textContent = text), 500);
  }
}

customElements.define('databank-filter', DatabankFilter);
