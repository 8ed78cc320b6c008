import type { APIRoute } from 'astro';
import { dataPackageBody } from '../../data/openDataFiles.ts';

export const GET: APIRoute = async () =>
  new Response(await dataPackageBody(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
