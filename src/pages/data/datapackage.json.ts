import type { APIRoute } from 'astro';
import { dataPackageBody } from '../../data/openDataFiles.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await dataPackageBody((site ?? new URL('http://localhost:4321')).href), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
