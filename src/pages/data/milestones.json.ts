import type { APIRoute } from 'astro';
import { getMilestones } from '../../data/content.ts';
import { toMilestoneJson } from '../../lib/data/openData.ts';

export const GET: APIRoute = async () => {
  const items = (await getMilestones()).map((m) => toMilestoneJson(m, import.meta.env.BASE_URL));
  return new Response(JSON.stringify(items, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
