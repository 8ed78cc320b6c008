// getStaticPaths for the routes that exist once per record, shared by both locales' thin routes.
import type { Locale } from '../lib/site/paths.ts';
import { getDistricts, getEras, getMilestones, getPlans, getThemes } from './content.ts';

export async function districtPaths() {
  return (await getDistricts()).map((district) => ({ params: { id: district.id }, props: { district } }));
}

export async function eraPaths(locale: Locale) {
  return (await getEras(locale)).map((era) => ({ params: { id: era.id }, props: { era } }));
}

export async function milestonePaths() {
  return (await getMilestones()).map((milestone) => ({ params: { id: milestone.id }, props: { milestone } }));
}

export async function planPaths() {
  return (await getPlans()).map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}

export async function themePaths() {
  return (await getThemes()).map((theme) => ({ params: { id: theme.id }, props: { theme } }));
}
