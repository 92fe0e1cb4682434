import type { APIRoute } from 'astro';
import { databankOpenData } from '@/utils/databankOpenData';
import { openDataCsv } from '@/utils/openDataCsv';

/** The same records as the JSON, one row each, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(openDataCsv((await databankOpenData()).praktijken), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
