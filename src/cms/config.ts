import { z } from 'astro/zod';
import { COLLECTIONS, collectionTitle, type CollectionName } from '../collections.ts';
import { makeSchemas } from '../schemas/collections.ts';
import { TAXONOMY_NAMES, taxonomyIds, type TaxonomyName } from '../schemas/taxonomies.ts';
import { defKey, fieldsOf, type CmsField, RELATION_DISPLAY } from './widgets.ts';

/** Where the production CMS keeps its content, and how it logs in. */
export interface CmsBackend {
  /** GitHub repository as owner/name. */
  repo: string;
  /** Branch the site is published from; pull requests go there. */
  branch: string;
  /** OAuth provider for the GitHub login; Decap's default (Netlify) when left out. */
  baseUrl?: string;
  /** Path of the provider's authorisation endpoint, relative to baseUrl. */
  authEndpoint?: string;
}

/** The Markdown body: the formatting the content check accepts, no HTML, no components. */
const BODY: CmsField = {
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  hint: 'De tekst van de pagina. Tussentitels beginnen bij niveau 2; HTML is niet toegelaten.',
  required: true,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  sanitize_preview: true,
};

/** A taxonomy recognised by its exact list of ids, so select options get the taxonomy's labels. */
function taxonomyOf(values: string[]): TaxonomyName | undefined {
  const key = values.join('\u0000');
  return TAXONOMY_NAMES.find((name) => taxonomyIds(name).join('\u0000') === key);
}

/** Form fields of every collection, generated from the same schemas the content check uses. */
export function collectionFields(): Record<CollectionName, CmsField[]> {
  const refs = new WeakMap<object, CollectionName>();
  const schemas = makeSchemas((c) => {
    const s = z.string();
    refs.set(defKey(s), c);
    return s;
  });
  const ctx = { refs, taxonomyOf };
  const out = {} as Record<CollectionName, CmsField[]>;
  for (const info of COLLECTIONS) out[info.name] = fieldsOf('', schemas[info.schema], ctx);
  return out;
}

/** The whole Decap CMS configuration (config.yml), generated at build time so it cannot go stale. */
export function cmsConfig(backend: CmsBackend, siteUrl: string): Record<string, unknown> {
  const fields = collectionFields();
  return {
    locale: 'nl',
    site_url: siteUrl,
    display_url: siteUrl,
    publish_mode: 'editorial_workflow',
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.baseUrl && { base_url: backend.baseUrl }),
      ...(backend.authEndpoint && { auth_endpoint: backend.authEndpoint }),
      squash_merges: true,
      commit_messages: {
        create: 'Nieuw: {{collection}} "{{slug}}" (beheerscherm)',
        update: 'Gewijzigd: {{collection}} "{{slug}}" (beheerscherm)',
        delete: 'Verwijderd: {{collection}} "{{slug}}" (beheerscherm)',
        uploadMedia: 'Bestand "{{path}}" toegevoegd (beheerscherm)',
        deleteMedia: 'Bestand "{{path}}" verwijderd (beheerscherm)',
        openAuthoring: '{{message}}',
      },
    },
    // The admin page points this at its own origin (src/cms/admin.ts): `npm run cms` and the tests
    // pass /api/v1 on to decap-server, so the admin CSP needs no other origin for local work.
    local_backend: true,
    // Images sit beside the entry that shows them, as the content check expects.
    media_folder: 'content',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTIONS.map((info) => {
      const isYaml = info.ext === '.yaml';
      const own = fields[info.name];
      const identifier = own.some((f) => f.name === 'titel') ? 'titel' : RELATION_DISPLAY[info.name].display;
      return {
        name: info.name,
        label: info.plural,
        label_singular: info.heading,
        description: `${collectionTitle(info)}. Elk veld heeft dezelfde regels als npm run check.`,
        folder: `content/${info.dir}`,
        extension: info.ext.slice(1),
        format: isYaml ? 'yaml' : 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: identifier,
        summary: `{{${identifier}}}`,
        media_folder: '',
        public_folder: '',
        sortable_fields: [identifier],
        fields: isYaml ? own : [...own, BODY],
      };
    }),
  };
}
