// At build time: the summary of every milestone in one language, which the collection pages carry as
// JSON (a static page cannot see the query string that names the chosen ones).
import { getDistricts, getMilestones, getSourceMap } from '../../data/content.ts';
import { milestoneUpdated } from '../../data/citations.ts';
import { formatSourceRef } from '../../lib/cite/citation.ts';
import { formatDate, toFractionalYear } from '../../lib/format/dates.ts';
import { sectionAnchor } from '../../lib/site/anchors.ts';
import { localePath, type Locale } from '../../lib/site/paths.ts';
import type { CollectionData } from '../../lib/collection/collectionItems.ts';
import { ROUTES, milestoneRoute } from '../../lib/site/routes.ts';

export async function collectionData(locale: Locale): Promise<CollectionData> {
  const base = import.meta.env.BASE_URL;
  const [districts, milestones, sources] = await Promise.all([getDistricts(), getMilestones(), getSourceMap()]);
  const sourcesPage = localePath(ROUTES.sources, locale, base);
  return {
    districts: districts.map((d) => ({ id: d.id, name: d.name[locale], color: d.color })),
    items: milestones.map((m) => {
      const updated = milestoneUpdated(m.id);
      return {
        id: m.id,
        date: m.date,
        displayDate: formatDate(m.date, locale, m.dateWording?.[locale]),
        t: Number(toFractionalYear(m.date).toFixed(4)),
        district: m.district,
        era: m.era,
        title: m.title[locale],
        summary: m.summary[locale],
        source: formatSourceRef(m.source, sources, locale),
        path: localePath(milestoneRoute(m.id), locale, base),
        sourcePath: `${sourcesPage}#${sectionAnchor(m.source.document, m.source.section)}`,
        ...(updated ? { updated } : {}),
      };
    }),
  };
}

/** JSON for a <script type="application/json">: "<" escaped, so that no text can close the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
