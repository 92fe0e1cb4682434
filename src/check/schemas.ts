import { z } from 'astro/zod';
import { collectionInfo, type CollectionName } from '../collections.ts';
import { makeSchemas } from '../schemas/collections.ts';
import { taxonomyIds } from '../schemas/taxonomies.ts';
import { didYouMean } from './suggest.ts';

export type Schemas = ReturnType<typeof makeSchemas>;

/** Params a reference issue carries so the message can say how to fix it. */
export interface RefIssueParams {
  fix: string;
}

/**
 * The site's own schemas, with references that must point at an existing entry (Astro's
 * `reference()` does not check that) and taxonomies read from `root`.
 */
export function buildSchemas(root: string, ids: ReadonlyMap<CollectionName, readonly string[]>): Schemas {
  // A set per collection: at 10,000 fiches a list search per reference took most of a second.
  const sets = new Map([...ids].map(([c, list]) => [c, new Set(list)]));
  const ref = (c: CollectionName) =>
    z.string().superRefine((value, ctx) => {
      if (sets.get(c)?.has(value)) return;
      const known = ids.get(c) ?? [];
      const info = collectionInfo(c);
      ctx.addIssue({
        code: 'custom',
        message: `${info.label} "${value}" bestaat niet`,
        params: {
          fix: didYouMean(value, known, `gebruik de bestandsnaam (zonder ${info.ext}) van een bestand in content/${info.dir}/, of maak dat bestand eerst aan`),
        } satisfies RefIssueParams,
      });
    });
  return makeSchemas(ref, (name) => taxonomyIds(name, root));
}
