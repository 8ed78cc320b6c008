import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dataFileRoute,
  districtRoute,
  embedMilestoneRoute,
  eraRoute,
  milestoneRoute,
  planRoute,
  ROUTES,
  searchIndexRoute,
  themeRoute,
} from '../../../src/lib/site/routes.ts';
import { basePath, localePath } from '../../../src/lib/site/paths.ts';

const pages = new URL('../../../src/pages/', import.meta.url);
/** The page file that answers a route ("/timeline/" → timeline.astro or timeline/index.astro), under `prefix`. */
const pageFile = (route: string, prefix = '') => {
  const path = `${prefix}${route.slice(1, -1)}`;
  return [`${path}.astro`, `${path}/index.astro`].some((f) => existsSync(new URL(f.replace(/^\//, ''), pages)));
};

describe('routes', () => {
  it('has a page in both languages for every fixed route', () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      if (route === '/') continue;
      expect(pageFile(route), `${name} ${route}`).toBe(true);
      expect(pageFile(route, 'en/'), `${name} /en${route}`).toBe(true);
    }
    expect(existsSync(new URL('index.astro', pages)) && existsSync(new URL('en/index.astro', pages))).toBe(true);
  });

  it('gives each record kind the folder its [id] page lives in', () => {
    const kinds = [
      [milestoneRoute, 'milestones'],
      [districtRoute, 'districts'],
      [eraRoute, 'eras'],
      [planRoute, 'plans'],
      [themeRoute, 'themes'],
      [embedMilestoneRoute, 'embed/milestone'],
    ] as const;
    for (const [route, folder] of kinds) {
      expect(route('x-1')).toBe(`/${folder}/x-1/`);
      expect(existsSync(new URL(`${folder}/[id].astro`, pages)), folder).toBe(true);
      expect(existsSync(new URL(`en/${folder}/[id].astro`, pages)), `en/${folder}`).toBe(true);
    }
  });

  it('names the shared files their routes build', () => {
    expect(dataFileRoute('milestones.csv')).toBe('/data/milestones.csv');
    expect(existsSync(new URL('data/milestones.csv.ts', pages))).toBe(true);
    expect(searchIndexRoute('en')).toBe('/search-index/en.json');
    expect(existsSync(new URL('search-index/[file].json.ts', pages))).toBe(true);
  });

  it('become addresses under the base, in one language or shared', () => {
    expect(localePath(eraRoute('haidian-1978'), 'en', '/reform-history/')).toBe(
      '/reform-history/en/eras/haidian-1978/',
    );
    expect(localePath(`${ROUTES.timeline}?d=x`, 'zh', '/')).toBe('/timeline/?d=x');
    expect(localePath(ROUTES.home, 'en', '/')).toBe('/en/');
    expect(basePath(dataFileRoute('map-shapes.json'), 'reform-history')).toBe('/reform-history/data/map-shapes.json');
    expect(basePath(searchIndexRoute('zh'))).toBe('/search-index/zh.json');
  });
});
