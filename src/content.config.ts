import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionInfo, type CollectionName } from '@/collections';
import { makeSchemas } from '@/schemas/collections';
import { taxonomyIds } from '@/schemas/taxonomies';

const s = makeSchemas((c) => reference(c), (name) => taxonomyIds(name));
// Editors write only .md; .mdx belongs to developers' pages under src/pages. The raw Markdown is not
// kept in the data store next to its HTML: at 10,000 fiches that made the store a third larger and the
// build slower; the open data reads it from the file (src/utils/markdownBody.ts).
const loader = (name: CollectionName) => {
  const c = collectionInfo(name);
  return glob({ base: `./content/${c.dir}`, pattern: `**/*${c.ext}`, ...(c.ext === '.md' ? { retainBody: false } : {}) });
};

// Listed by name so Astro can type each collection; the registry supplies the rest.
export const collections = {
  beleid: defineCollection({ loader: loader('beleid'), schema: s.beleid }),
  projecten: defineCollection({ loader: loader('projecten'), schema: s.project }),
  'goede-praktijken': defineCollection({ loader: loader('goede-praktijken'), schema: s.goedePraktijk }),
  organisaties: defineCollection({ loader: loader('organisaties'), schema: s.organisatie }),
} satisfies Record<CollectionName, unknown>;
