// The public shape of /data/milestones.json. Other tools read it: keep it stable.
import { localeUrls } from '../site/paths.ts';

export interface MilestoneRecord {
  id: string;
  district: string;
  era: string;
  date: string;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
  themes: string[];
  places: string[];
  source: { document: string; section: string };
}

export interface MilestoneJson extends MilestoneRecord {
  url: { zh: string; en: string };
}

export function milestoneRoute(id: string): string {
  return `/milestones/${id}/`;
}

export function toMilestoneJson(m: MilestoneRecord, base = '/'): MilestoneJson {
  const route = milestoneRoute(m.id);
  return {
    id: m.id,
    district: m.district,
    era: m.era,
    date: m.date,
    title: { zh: m.title.zh, en: m.title.en },
    summary: { zh: m.summary.zh, en: m.summary.en },
    themes: [...m.themes],
    places: [...m.places],
    source: { document: m.source.document, section: m.source.section },
    url: localeUrls(route, base),
  };
}
