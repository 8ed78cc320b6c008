import type { APIRoute } from 'astro';
import { getPlaces } from '../../data/content.ts';
import { placesGeoJson } from '../../lib/data/dataExports.ts';
import { CONTENT_LICENCE } from '../../lib/site/licence.ts';

// "license" is a GeoJSON foreign member naming the data's licence.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ ...placesGeoJson(await getPlaces()), license: CONTENT_LICENCE.url }, null, 2), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
