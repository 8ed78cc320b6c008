// getStaticPaths for the routes that exist once per record, shared by both locales' thin routes.
import type { Locale } from '../lib/site/paths.ts';
import { getDistricts, getEras, getMilestones, getPlans, getRetiredMilestones, getThemes } from './content.ts';
import { retiredTarget } from '../lib/site/redirects.ts';
import { milestoneRoute, eraRoute, planRoute } from '../lib/site/routes.ts';

export async function districtPaths() {
  return (await getDistricts()).map((district) => ({ params: { id: district.id }, props: { district } }));
}

export async function eraPaths(locale: Locale) {
  return (await getEras(locale)).map((era) => ({ params: { id: era.id }, props: { era } }));
}

/** Every milestone's page, and the old address of every retired one, with the title of its new page. */
export async function milestonePaths(locale: Locale) {
  const [milestones, retired, eras, plans] = await Promise.all([
    getMilestones(),
    getRetiredMilestones(),
    getEras(locale),
    getPlans(),
  ]);
  const titles = new Map<string, string>([
    ...eras.map((e) => [eraRoute(e.id), e.data.title] as const),
    ...plans.map((p) => [planRoute(p.id), p.title[locale]] as const),
    ...milestones.map((m) => [milestoneRoute(m.id), m.title[locale]] as const),
  ]);
  return [
    ...milestones.map((milestone) => ({ params: { id: milestone.id }, props: { milestone } })),
    ...retired.map((r) => ({
      params: { id: r.id },
      props: { retired: r, targetTitle: titles.get(retiredTarget(r))! },
    })),
  ];
}

export async function planPaths() {
  return (await getPlans()).map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}

export async function themePaths() {
  return (await getThemes()).map((theme) => ({ params: { id: theme.id }, props: { theme } }));
}
