import type { APIRoute } from 'astro';
import { getIndicators } from '../../data/content.ts';
import { indicatorsCsv } from '../../lib/data/dataExports.ts';

export const GET: APIRoute = async () => {
  const indicators = (await getIndicators()).sort(
    (a, b) =>
      (a.district < b.district ? -1 : a.district > b.district ? 1 : 0) ||
      a.metric.localeCompare(b.metric) ||
      a.year - b.year ||
      a.id.localeCompare(b.id),
  );
  return new Response(indicatorsCsv(indicators), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
