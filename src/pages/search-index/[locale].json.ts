// /search-index/zh.json and /search-index/en.json: each locale's search documents, Fuse.js index and
// traditional-character table, built from the content at build time (src/lib/search/build/searchCorpus.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDistricts, getEras, getMilestones, getOverview, getPlaces, getThemes } from '../../data/content.ts';
import { LOCALES, type Locale } from '../../lib/site/paths.ts';
import { buildCorpus, corpusText, districtNames, type CorpusInput } from '../../lib/search/build/searchCorpus.ts';
import { traditionalTable } from '../../lib/search/build/searchTraditional.ts';
import { createPayload } from '../../lib/search/searchIndex.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const [milestones, districts, themes, places, zhEras, enEras] = await Promise.all([
    getMilestones(),
    getDistricts(),
    getThemes(),
    getPlaces(),
    getEras('zh'),
    getEras('en'),
  ]);
  const overviews = (await Promise.all(districts.map((d) => getOverview(locale, d.id))))
    .filter((o) => o !== undefined)
    .map((o) => ({ district: o.data.district, locale, summary: o.data.summary }));
  const eras = [
    ...zhEras.map((e) => ({ e, locale: 'zh' as const })),
    ...enEras.map((e) => ({ e, locale: 'en' as const })),
  ].map(({ e, locale: l }) => ({ id: e.id, locale: l, ...e.data }));
  const input: CorpusInput = { milestones, districts, themes, places, eras, overviews };
  const docs = buildCorpus(input, locale);
  const payload = createPayload(locale, docs, traditionalTable(corpusText(docs)), districtNames(input));
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
