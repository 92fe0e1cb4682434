import type { APIRoute, GetStaticPaths } from 'astro';
import { databankFilterFiles } from '@/utils/databankFilterFiles';

/** The Databank filter's compact index and its summary parts, under hashed names. */
export const getStaticPaths = (async () =>
  (await databankFilterFiles()).files.map((f) => ({ params: { bestand: f.name }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
