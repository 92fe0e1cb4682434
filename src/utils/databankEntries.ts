import type { CollectionEntry } from 'astro:content';
import { published } from './published';

export type Practice = CollectionEntry<'goede-praktijken'>;

let cached: Promise<Practice[]> | undefined;

/** The published good practices, alphabetical by title; read once per build, every Databank page shares it. */
export function databankEntries(): Promise<Practice[]> {
  cached ??= published('goede-praktijken').then((all) => all.sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl')));
  return cached;
}
