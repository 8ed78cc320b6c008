import type { APIRoute } from 'astro';
import { milestonesJsonSchema } from '../../lib/data/milestonesSchema.ts';

export const GET: APIRoute = ({ site }) => {
  const id = new URL(`${import.meta.env.BASE_URL}data/milestones.schema.json`, site ?? 'http://localhost:4321').href;
  return new Response(JSON.stringify(milestonesJsonSchema(id), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
