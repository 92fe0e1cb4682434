import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas } from '@/schemas/collections';

const s = makeSchemas((c) => reference(c));
// Editors write only .md; .mdx belongs to developers' pages under src/pages. The raw Markdown is not
// kept in the data store next to its HTML: at 10,000 fiches that made the store a third larger and the
// build slower; the open data reads it from the file (src/utils/markdownBody.ts).
const md = (base: string) => glob({ base: `./content/${base}`, pattern: '**/*.md', retainBody: false });

export const collections = {
  beleid: defineCollection({ loader: md('beleid'), schema: s.beleid }),
  projecten: defineCollection({ loader: md('projecten'), schema: s.project }),
  'goede-praktijken': defineCollection({ loader: md('goede-praktijken'), schema: s.goedePraktijk }),
  organisaties: defineCollection({
    loader: glob({ base: './content/organisaties', pattern: '**/*.yaml' }),
    schema: s.organisatie,
  }),
};
