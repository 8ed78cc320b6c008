import type { APIRoute } from 'astro';
import { PUBLISHED_SCHEMAS, type PublishedSchema } from '../../lib/data/publishedSchemas.ts';
import { schemaBody } from '../../data/openDataFiles.ts';

export const getStaticPaths = () => PUBLISHED_SCHEMAS.map((schema) => ({ params: { schema } }));

export const GET: APIRoute = async ({ params }) => {
  const name = params.schema as PublishedSchema;
  return new Response(await schemaBody(name), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
