import type { APIRoute } from 'astro';
import { dataResponse } from '../../data/openDataFiles.ts';

export const GET: APIRoute = () => dataResponse('places.geojson');
