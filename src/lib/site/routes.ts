// Every route of the site, written once. A route is locale-neutral ("/eras/x/"): localePath(route,
// locale, base) makes it a page's address in one language, basePath(route, base) a shared file's.
// The files under src/pages/ must answer at these routes (tests/unit/site/routes.test.ts checks).

/** The pages that exist once per language. */
export const ROUTES = {
  home: '/',
  timeline: '/timeline/',
  story: '/story/',
  map: '/map/',
  compare: '/compare/',
  districts: '/districts/',
  search: '/search/',
  sources: '/sources/',
  data: '/data/',
  collection: '/collection/',
  offline: '/offline/',
  embedTimeline: '/embed/timeline/',
  embedCollection: '/embed/collection/',
} as const;

export const milestoneRoute = (id: string): string => `/milestones/${id}/`;
export const districtRoute = (id: string): string => `/districts/${id}/`;
export const eraRoute = (id: string): string => `/eras/${id}/`;
export const planRoute = (id: string): string => `/plans/${id}/`;
export const themeRoute = (id: string): string => `/themes/${id}/`;
export const embedMilestoneRoute = (id: string): string => `/embed/milestone/${id}/`;

/** An open-data file, the same for both languages, e.g. "/data/milestones.csv". */
export const dataFileRoute = (name: string): string => `/data/${name}`;

/** The part of a language's search index that search loads first. */
export const searchIndexRoute = (locale: string): string => `/search-index/${locale}.json`;
