import type { APIRoute } from 'astro';
import { databankOpenData } from '@/utils/databankOpenData';

/** Every published good practice with every published field, at a stable URL. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await databankOpenData(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
