// schema.org JSON-LD for search engines and dataset search. URLs are whatever the caller has: absolute
// with SITE_URL, root-relative without (JSON-LD resolves them against the page).
import { CONTENT_LICENCE } from './licence.ts';

export type JsonLd = { '@type': string } & Record<string, unknown>;

export interface Link {
  name: string;
  url: string;
}

/** The text of a <script type="application/ld+json">; "<" is escaped so no string can close the tag. */
export function jsonLdText(nodes: readonly JsonLd[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }).replace(/</g, '\\u003c');
}

export function breadcrumbList(trail: readonly Link[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface SourceDocument {
  title: string;
  publisher?: string;
}

const sourceWork = (source: SourceDocument): JsonLd => ({
  '@type': 'CreativeWork',
  name: source.title,
  ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
});

export interface PageInput {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  site: Link;
}

const pageBase = (page: PageInput) => ({
  name: page.name,
  description: page.description,
  url: page.url,
  inLanguage: page.inLanguage,
  license: CONTENT_LICENCE.url,
  publisher: { '@type': 'Organization', name: page.site.name, url: page.site.url },
});

/** A milestone page: a CreativeWork about one dated Event, part of its era, citing its source document. */
export function milestoneWork(
  page: PageInput & { date: string; place: string; era: Link; source: SourceDocument },
): JsonLd {
  const place = { '@type': 'Place', name: page.place };
  // A span of years "1989/1990" is an ISO 8601 interval (temporalCoverage takes it as it is); the
  // event starts and ends with its first and last year.
  const [start, end] = page.date.split('/');
  return {
    '@type': 'CreativeWork',
    ...pageBase(page),
    temporalCoverage: page.date,
    spatialCoverage: place,
    about: { '@type': 'Event', name: page.name, startDate: start, ...(end ? { endDate: end } : {}), location: place },
    isPartOf: { '@type': 'Article', name: page.era.name, url: page.era.url },
    citation: sourceWork(page.source),
  };
}

/** An era page: an Article covering the era's years in its district. */
export function eraArticle(
  page: PageInput & { start: number; end: number | null; place: string; sources: readonly SourceDocument[] },
): JsonLd {
  return {
    '@type': 'Article',
    ...pageBase(page),
    headline: page.name,
    temporalCoverage: `${page.start}/${page.end ?? '..'}`,
    spatialCoverage: { '@type': 'Place', name: page.place },
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url },
    citation: page.sources.map(sourceWork),
  };
}

export interface Download {
  name: string;
  url: string;
  encodingFormat: string;
}

/** The open-data page: a Dataset with one DataDownload per file. */
export function dataset(
  page: PageInput & {
    temporalCoverage: string;
    place: string;
    downloads: readonly Download[];
    keywords: readonly string[];
  },
): JsonLd {
  return {
    '@type': 'Dataset',
    ...pageBase(page),
    creator: { '@type': 'Organization', name: page.site.name, url: page.site.url },
    isAccessibleForFree: true,
    keywords: page.keywords,
    temporalCoverage: page.temporalCoverage,
    spatialCoverage: { '@type': 'Place', name: page.place },
    distribution: page.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      contentUrl: d.url,
      encodingFormat: d.encodingFormat,
    })),
  };
}
