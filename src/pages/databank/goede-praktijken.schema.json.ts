import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { SITE_URL } from '@/config';
import nl from '@/i18n/nl.json';
import { openDataSchemas } from '@/utils/openDataSchema';
import { OPEN_DATA_PATHS } from '@/utils/databankOpenData';

/** JSON Schema of goede-praktijken.json, generated from the Zod schema the content is checked with. */
export const GET: APIRoute = () => {
  const generated = z.toJSONSchema(openDataSchemas().bestand);
  // $schema first, as readers expect; the spread keeps that position and fills in its value.
  const schema = {
    $schema: generated.$schema,
    $id: new URL(OPEN_DATA_PATHS.schema, SITE_URL).href,
    title: nl.databank.titel,
    description: nl.databank.lead,
    ...generated,
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
