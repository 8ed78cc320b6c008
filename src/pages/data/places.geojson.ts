import type { APIRoute } from 'astro';
import { getPlaces } from '../../data/content.ts';
import { placesGeoJson } from '../../lib/data/dataExports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(placesGeoJson(await getPlaces()), null, 2), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
