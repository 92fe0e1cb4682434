import { FACETS } from '@/utils/databankFacets';
import { foldText, type FilterItem } from '@/utils/filterPractices';
import type { FilterIndex } from '@/utils/filterIndex';
import { placeLabel } from '@/utils/placeLabel';

/** A fiche as the filter shows it: what the card needs, and what the filter matches on. */
export interface FicheCard extends FilterItem {
  id: string;
  titel: string;
  type: string;
  waar: string;
  themas: string;
}

/**
 * The Databank filter's data in the browser: the compact index, read once, and the summaries,
 * fetched per part of the list when a page of results shows one of its fiches, or all of them
 * once a search needs their words.
 */
export class FilterData {
  readonly cards: FicheCard[];
  readonly summaries: (string | undefined)[];
  #index: FilterIndex;
  #base: URL;
  #parts = new Map<number, Promise<void>>();

  private constructor(index: FilterIndex, base: URL) {
    this.#index = index;
    this.#base = base;
    const labels = (key: (typeof FACETS)[number]['key'], positions: number[] | undefined) => (positions ?? []).map((i) => index.facetten[key][i]!.label);
    this.cards = index.fiches.map(([id, titel, facets, gemeenten, sleutelwoorden]) => {
      const by = Object.fromEntries(FACETS.map((f, i) => [f.key, facets[i] ?? []]));
      const waar = placeLabel(gemeenten, labels('provincie', by.provincie));
      return {
        id,
        titel,
        type: labels('type', by.type).join(', '),
        waar,
        themas: labels('thema', by.thema).join(', '),
        facets: Object.fromEntries(FACETS.map((f) => [f.key, (by[f.key] ?? []).map((i) => index.facetten[f.key][i]!.id)])),
        text: foldText([titel, waar, ...sleutelwoorden].join(' ')),
      };
    });
    this.summaries = new Array(this.cards.length);
  }

  /** Reads the index at `href`; its parts are named relative to it, so the files can sit under any folder. */
  static async load(href: string): Promise<FilterData> {
    const res = await fetch(href);
    if (!res.ok) throw new Error(`${href}: ${res.status}`);
    return new FilterData((await res.json()) as FilterIndex, new URL(res.url || href, location.href));
  }

  /** Whether every summary is in, so a search can match their words. */
  get complete(): boolean {
    return this.#parts.size === this.#index.delen.length && [...this.summaries].every((s) => s !== undefined);
  }

  /** Fetches the summaries of the given fiches (positions in the list), or of all when none are given. */
  async summariesFor(positions?: readonly number[]): Promise<void> {
    const size = this.#index.perDeel;
    const parts = positions ? [...new Set(positions.map((p) => Math.floor(p / size)))] : this.#index.delen.map((_, i) => i);
    await Promise.all(parts.map((part) => this.#part(part)));
  }

  #part(part: number): Promise<void> {
    let loading = this.#parts.get(part);
    if (!loading) {
      loading = fetch(new URL(this.#index.delen[part]!, this.#base))
        .then((r) => {
          if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
          return r.json() as Promise<string[]>;
        })
        .then((texts) => {
          texts.forEach((text, i) => {
            const at = part * this.#index.perDeel + i;
            this.summaries[at] = text;
            this.cards[at]!.text += ` ${foldText(text)}`;
          });
        });
      // A failed download is not kept: the next render tries again.
      loading.catch(() => this.#parts.delete(part));
      this.#parts.set(part, loading);
    }
    return loading;
  }
}
