// /data/milestones.json: one record per milestone, in the shape publishedShapes.ts defines.
import type { Milestone } from '../content/schemas.ts';
import { localeUrls } from '../site/paths.ts';
import type { MilestoneJson } from './publishedShapes.ts';
import { milestoneRoute } from '../site/routes.ts';

export function toMilestoneJson(m: Milestone, base = '/'): MilestoneJson {
  return {
    id: m.id,
    district: m.district,
    era: m.era,
    date: m.date,
    ...(m.dateWording ? { dateWording: { zh: m.dateWording.zh, en: m.dateWording.en } } : {}),
    ...(m.scope ? { scope: m.scope } : {}),
    title: { zh: m.title.zh, en: m.title.en },
    summary: { zh: m.summary.zh, en: m.summary.en },
    themes: [...m.themes],
    places: [...m.places],
    source: { document: m.source.document, section: m.source.section },
    url: localeUrls(milestoneRoute(m.id), base),
  };
}
