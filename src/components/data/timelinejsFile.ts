// Builds /data/timelinejs/<district>.json (Chinese) and /data/timelinejs/en/<district>.json (English),
// one per district with its eras, and all-districts.json, every milestone grouped by district.
import { getDistricts, getEras, getMilestones, getSourceMap } from '../../data/content.ts';
import { formatSourceRef } from '../../lib/cite/citation.ts';
import { formatDate } from '../../lib/format/dates.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { SITE } from '../../lib/site/siteUrl.ts';
import { toTimelineJs } from '../../lib/data/timelinejsExport.ts';
import { useTranslations } from '../../i18n/index.ts';
import { ROUTES, milestoneRoute, districtRoute } from '../../lib/site/routes.ts';
import { LOCALES } from '../../lib/site/paths.ts';

/** The file with every district, beside one file per district id. */
export const ALL_DISTRICTS = 'all-districts';

export async function timelinejsPaths() {
  return [...(await getDistricts()).map((d) => d.id), ALL_DISTRICTS].map((district) => ({ params: { district } }));
}

/** Every TimelineJS file: its path under /data/, the district (or ALL_DISTRICTS), language and name. */
export async function timelinejsIds() {
  const districts = await getDistricts();
  const t = useTranslations('en');
  return LOCALES.flatMap((locale) =>
    [...districts.map((d) => ({ id: d.id, name: d.name.en })), { id: ALL_DISTRICTS, name: t('data.allDistricts') }].map(
      ({ id, name }) => ({ id, name, locale, path: `timelinejs/${locale === 'en' ? 'en/' : ''}${id}.json` }),
    ),
  );
}

/** Links are absolute with SITE_URL, root-relative without (the /data/ page says so). */
export async function timelinejsBody(districtId: string, locale: Locale): Promise<string> {
  const t = useTranslations(locale);
  const abs = (route: string) => SITE.link(SITE.path(route, locale));
  const all = districtId === ALL_DISTRICTS;
  const [districts, eras, milestones, sources] = await Promise.all([
    getDistricts(),
    getEras(locale, districtId),
    getMilestones(),
    getSourceMap(),
  ]);
  const colon = locale === 'zh' ? '：' : ': ';
  const district = districts.find((d) => d.id === districtId);
  const districtName = (id: string) => districts.find((d) => d.id === id)!.short[locale];
  const name = district ? district.name[locale] : t('data.allDistricts');
  const doc = toTimelineJs({
    id: districtId,
    headline: `${name} · ${t('site.title')}`,
    description: t('data.timelinejsDescription', { district: name }),
    url: abs(district ? districtRoute(district.id) : ROUTES.timeline),
    labels: {
      source: `${t('milestone.source')}${colon}`,
      permalink: `${t('milestone.permalink')}${colon}`,
      together: t('data.timelinejsTogether'),
    },
    ...(all
      ? {}
      : { eras: eras.map((e) => ({ id: e.id, start: e.data.start, end: e.data.end, title: e.data.title })) }),
    milestones: milestones
      .filter((m) => all || m.district === districtId)
      .map((m) => ({
        id: m.id,
        district: m.district,
        date: m.date,
        era: m.era,
        title: m.title[locale],
        summary: m.summary[locale],
        source: formatSourceRef(m.source, sources, locale),
        url: abs(milestoneRoute(m.id)),
        displayDate: formatDate(m.date, locale, m.dateWording?.[locale]),
        ...(m.scope ? { context: t(`milestone.scope.${m.scope}`, { district: districtName(m.district) }) } : {}),
        ...(all ? { group: districts.find((d) => d.id === m.district)!.name[locale] } : {}),
      })),
  });
  return JSON.stringify(doc, null, 2);
}

export async function timelinejsFile(districtId: string, locale: Locale): Promise<Response> {
  return new Response(await timelinejsBody(districtId, locale), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
