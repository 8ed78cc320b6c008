import type { APIRoute } from 'astro';
import { getEras } from '../../data/content.ts';
import { toEraJson } from '../../lib/data/dataExports.ts';

export const GET: APIRoute = async () => {
  const [zh, en] = await Promise.all([getEras('zh'), getEras('en')]);
  const items = zh.map((e) => {
    const english = en.find((x) => x.id === e.id);
    const { district, order, start, end, themes, sources } = e.data;
    return toEraJson(
      {
        id: e.id,
        district,
        order,
        start,
        end,
        themes,
        sources,
        title: { zh: e.data.title, en: english?.data.title ?? e.data.title },
        summary: { zh: e.data.summary, en: english?.data.summary ?? e.data.summary },
      },
      import.meta.env.BASE_URL,
    );
  });
  items.sort((a, b) => (a.district < b.district ? -1 : a.district > b.district ? 1 : a.order - b.order));
  return new Response(JSON.stringify(items, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
