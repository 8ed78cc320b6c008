// A collection as a TimelineJS 3 file, made by the site's one TimelineJS export (lib/data). The page
// knows its own address, so every link is absolute against the origin it is served from.
import { toTimelineJs, type TimelineJsDocument } from '../data/timelinejsExport.ts';
import type { CollectionItem } from './collectionItems.ts';

export interface CollectionExportMeta {
  headline: string;
  description: string;
  /** The collection's absolute URL. */
  url: string;
  /** The page's origin, e.g. "https://example.org"; item paths already carry the base. */
  origin: string;
  labels: { source: string; permalink: string; together: string };
}

export function collectionTimelineJs(items: readonly CollectionItem[], meta: CollectionExportMeta): TimelineJsDocument {
  return toTimelineJs({
    id: 'collection',
    headline: meta.headline,
    description: meta.description,
    url: meta.url,
    labels: meta.labels,
    // A collection mixes districts, so it has no eras of its own.
    eras: [],
    milestones: items.map((m) => ({
      id: m.id,
      district: m.district,
      date: m.date,
      era: m.era,
      title: m.title,
      summary: m.summary,
      source: m.source,
      url: new URL(m.path, meta.origin).href,
      displayDate: m.displayDate,
    })),
  });
}
