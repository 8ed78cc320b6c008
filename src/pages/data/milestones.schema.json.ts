import type { APIRoute } from 'astro';
import { milestonesJsonSchema } from '../../lib/data/milestonesSchema.ts';
import { SITE } from '../../lib/site/siteUrl.ts';
import { CONTENT_LICENCE } from '../../lib/site/licence.ts';

// $id must be an absolute URI: without SITE_URL the schema has none.
export const GET: APIRoute = () => {
  const schema = milestonesJsonSchema(SITE.absolute(`${SITE.base}data/milestones.schema.json`) ?? undefined);
  const licensed = {
    ...schema,
    description: `${schema.description} Licence: ${CONTENT_LICENCE.name}, ${CONTENT_LICENCE.url}`,
  };
  return new Response(JSON.stringify(licensed, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
