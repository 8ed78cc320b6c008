// Citation data for the site's milestone pages, from the content: what "Cite this", the citation
// downloads and the collection's handout are all made from (lib/cite/citationData.ts).
import { getMilestones, getSourceMap, type Milestone } from './content.ts';
import { contentRoot } from '../loaders/contentLoader.ts';
import { recordDates } from '../lib/cite/build/recordDates.ts';
import { milestoneCitation, type CitationData } from '../lib/cite/citationData.ts';
import { CITATION_FILES, type CitationFile } from '../lib/cite/citationFiles.ts';
import { formatSourceRef } from '../lib/cite/citation.ts';
import { formatDate } from '../lib/format/dates.ts';
import { localePath, type Locale } from '../lib/site/paths.ts';
import { SITE } from '../lib/site/siteUrl.ts';
import { useTranslations } from '../i18n/index.ts';
import { milestoneRoute } from '../lib/site/routes.ts';

/** When a milestone's record last changed (YYYY-MM-DD), from git; undefined outside a checkout. */
export function milestoneUpdated(id: string): string | undefined {
  return recordDates(`${contentRoot}/milestones`).get(id);
}

export async function milestoneCitationData(m: Milestone, locale: Locale, url: string): Promise<CitationData> {
  const t = useTranslations(locale);
  return milestoneCitation({
    id: m.id,
    title: m.title[locale],
    summary: m.summary[locale],
    displayDate: formatDate(m.date, locale, m.dateWording?.[locale]),
    source: formatSourceRef(m.source, await getSourceMap(), locale),
    siteName: t('site.title'),
    url,
    locale,
    updated: milestoneUpdated(m.id),
  });
}

/** The folder a milestone's citation files live in: its page's own. */
export const citationFolder = (id: string, locale: Locale) =>
  localePath(milestoneRoute(id), locale, import.meta.env.BASE_URL);

export async function citationFilePaths() {
  const files = Object.keys(CITATION_FILES) as CitationFile[];
  return (await getMilestones()).flatMap((milestone) =>
    files.map((file) => ({ params: { id: milestone.id, file }, props: { milestone } })),
  );
}

export async function citationFile(m: Milestone, file: CitationFile, locale: Locale): Promise<Response> {
  const data = await milestoneCitationData(m, locale, SITE.link(citationFolder(m.id, locale)));
  const { type, render } = CITATION_FILES[file];
  return new Response(render(data), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
