// Builds /data/timelinejs/<district>.json (Chinese) and /data/timelinejs/en/<district>.json (English).
import { getDistricts, getEras, getMilestones, getSourceMap } from '../../data/content.ts';
import { formatSourceRef } from '../../lib/cite/citation.ts';
import { formatDate } from '../../lib/format/dates.ts';
import { milestoneRoute } from '../../lib/data/openData.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { SITE } from '../../lib/site/siteUrl.ts';
import { toTimelineJs } from '../../lib/data/timelinejsExport.ts';
import { useTranslations } from '../../i18n/index.ts';

export async function timelinejsPaths() {
  return (await getDistricts()).map((d) => ({ params: { district: d.id } }));
}

/** Links are absolute with SITE_URL, root-relative without (the /data/ page says so). */
export async function timelinejsFile(districtId: string, locale: Locale): Promise<Response> {
  const t = useTranslations(locale);
  const abs = (route: string) => SITE.link(SITE.path(route, locale));
  const [districts, eras, milestones, sources] = await Promise.all([
    getDistricts(),
    getEras(locale, districtId),
    getMilestones(),
    getSourceMap(),
  ]);
  const colon = locale === 'zh' ? '：' : ': ';
  const district = districts.find((d) => d.id === districtId)!;
  const doc = toTimelineJs({
    headline: `${district.name[locale]} · ${t('site.title')}`,
    description: t('data.timelinejsDescription', { district: district.name[locale] }),
    url: abs(`/districts/${district.id}/`),
    currentYear: new Date().getUTCFullYear(),
    labels: { source: `${t('milestone.source')}${colon}`, permalink: `${t('milestone.permalink')}${colon}` },
    eras: eras.map((e) => ({ id: e.id, start: e.data.start, end: e.data.end, title: e.data.title })),
    milestones: milestones
      .filter((m) => m.district === district.id)
      .map((m) => ({
        id: m.id,
        date: m.date,
        era: m.era,
        title: m.title[locale],
        summary: m.summary[locale],
        source: formatSourceRef(m.source, sources, locale),
        url: abs(milestoneRoute(m.id)),
        displayDate: formatDate(m.date, locale),
      })),
  });
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
