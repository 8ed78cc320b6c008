import type { APIRoute } from 'astro';
import { getMilestones } from '../../data/content.ts';
import { milestonesCsv } from '../../lib/data/dataExports.ts';

export const GET: APIRoute = async ({ site }) => {
  const csv = milestonesCsv(
    await getMilestones(),
    (site ?? new URL('http://localhost:4321')).href,
    import.meta.env.BASE_URL,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
