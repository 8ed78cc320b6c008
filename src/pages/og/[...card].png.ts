// Sharing cards: og/<locale>/<page>.png for every milestone, era, district and theme, the timeline,
// compare, map and data pages, and og/<locale>/site.png for every other page (see lib/site/cards.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDistricts, getEras, getMilestones, getThemes } from '../../data/content.ts';
import { cardFile, type CardSpec } from '../../lib/site/cards.ts';
import { cardPng } from '../../lib/site/build/cardImage.ts';
import { formatDate, yearSpan } from '../../lib/format/dates.ts';
import { LOCALES } from '../../lib/site/paths.ts';
import { useTranslations } from '../../i18n/index.ts';
import { ROUTES, milestoneRoute, districtRoute, eraRoute, themeRoute } from '../../lib/site/routes.ts';

const SITE_COLOUR = '#7a4a12';

export const getStaticPaths = (async () => {
  const [districts, milestones, themes] = await Promise.all([getDistricts(), getMilestones(), getThemes()]);
  const colour = new Map(districts.map((d) => [d.id, d.color]));
  const yearsOf = (dates: readonly string[]) => {
    const years = dates.flatMap((d) => yearSpan(d));
    return years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
  };
  const allYears = yearsOf(milestones.map((m) => m.date));
  const paths = [];
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const eras = await getEras(locale);
    const span = (start: number, end: number | null) => `${start}–${end ?? t('era.ongoing')}`;
    const card = (route: string, spec: Omit<CardSpec, 'locale' | 'siteName'>) => ({
      params: {
        card: cardFile(route, locale)
          .replace(/^og\//, '')
          .replace(/\.png$/, ''),
      },
      props: { locale, siteName: t('site.title'), ...spec } satisfies CardSpec,
    });
    const section = (route: string, title: string) =>
      card(route, { kicker: t('site.title'), headline: title, date: allYears, color: SITE_COLOUR });
    paths.push(
      card(ROUTES.home, { kicker: t('site.tagline'), headline: t('site.title'), date: allYears, color: SITE_COLOUR }),
      section(ROUTES.timeline, t('timeline.title')),
      section(ROUTES.compare, t('compare.title')),
      section(ROUTES.map, t('map.title')),
      section(ROUTES.data, t('data.title')),
      ...districts.map((d) =>
        card(districtRoute(d.id), {
          kicker: t('nav.districts'),
          headline: d.name[locale],
          date: yearsOf(milestones.filter((m) => m.district === d.id).map((m) => m.date)),
          color: d.color,
        }),
      ),
      ...eras.map((e) =>
        card(eraRoute(e.id), {
          kicker: districts.find((d) => d.id === e.data.district)?.name[locale] ?? '',
          headline: e.data.title,
          date: span(e.data.start, e.data.end),
          color: colour.get(e.data.district) ?? SITE_COLOUR,
        }),
      ),
      ...themes.map((th) =>
        card(themeRoute(th.id), {
          kicker: t('theme.kicker'),
          headline: th.name[locale],
          date: yearsOf(milestones.filter((m) => m.themes.includes(th.id)).map((m) => m.date)),
          color: SITE_COLOUR,
        }),
      ),
      ...milestones.map((m) =>
        card(milestoneRoute(m.id), {
          kicker: districts.find((d) => d.id === m.district)?.name[locale] ?? '',
          headline: m.title[locale],
          date: formatDate(m.date, locale),
          color: colour.get(m.district) ?? SITE_COLOUR,
        }),
      ),
    );
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props as CardSpec)), { headers: { 'Content-Type': 'image/png' } });
