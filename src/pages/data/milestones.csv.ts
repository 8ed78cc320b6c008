import type { APIRoute } from 'astro';
import { getMilestones } from '../../data/content.ts';
import { milestonesCsv } from '../../lib/data/dataExports.ts';
import { SITE } from '../../lib/site/siteUrl.ts';

// The url columns are absolute with SITE_URL and root-relative paths without (see /data/).
export const GET: APIRoute = async () => {
  const csv = milestonesCsv(await getMilestones(), SITE.origin ?? undefined, SITE.base);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
