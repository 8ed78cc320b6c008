// What a build publishes about itself, read from its files: with SITE_URL (npm run test:base) absolute
// URLs from that origin only, a sitemap, cards, Open Graph tags; without it (npm run test:e2e) no
// absolute URL of its own at all. Either way no "localhost", JSON-LD that parses with the required
// fields, citation tags, the CORS rule and the licence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = process.env.DIST_DIR ?? 'dist';
const site = process.env.SITE_URL;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const files = (readdirSync(dist, { recursive: true }) as string[]).map(String).sort();
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const html = (path: string) => read(join(path, 'index.html'));
const milestone = (JSON.parse(read('data/milestones.json')) as { id: string; era: string }[])[0];

type Node = { '@type': string } & Record<string, unknown>;
// Asymmetric matchers, typed as what they stand for.
const aString: unknown = expect.any(String);
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
const containing = (text: string): unknown => expect.stringContaining(text);
function jsonLd(page: string): Node[] {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
  expect(blocks.length).toBe(1);
  const doc = JSON.parse(blocks[0][1]) as { '@context': string; '@graph': Node[] };
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'];
}
const meta = (page: string, key: string) =>
  [...page.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]);

describe(`a build ${site ? `for ${site}` : 'without SITE_URL'}`, () => {
  it('contains no "localhost" anywhere, compressed copies included', () => {
    const found = files.filter((f) => {
      if (!/\.\w+$/.test(f)) return false;
      const bytes = readFileSync(join(dist, f));
      return (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).includes('localhost');
    });
    expect(found).toEqual([]);
  });

  it(site ? 'makes every absolute URL of its own from SITE_URL' : 'writes no absolute URL of its own', () => {
    const own = /(?:href|src|content)="(https?:\/\/[^"/]+)\//g;
    const foreign = new Set([
      'https://creativecommons.org',
      'https://tile.openstreetmap.org',
      'https://www.openstreetmap.org',
    ]);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      for (const [, origin] of read(file).matchAll(own)) {
        if (foreign.has(origin)) continue;
        expect(origin, file).toBe(site);
      }
    }
  });

  it(
    site
      ? 'has canonical, hreflang and Open Graph URLs and a card'
      : 'leaves canonical, hreflang, og:url and og:image out',
    () => {
      const page = html(`en/milestones/${milestone.id}`);
      const image = meta(page, 'og:image');
      if (site) {
        expect(page).toContain(`<link rel="canonical" href="${site}${base}en/milestones/${milestone.id}/">`);
        expect(meta(page, 'og:url')).toEqual([`${site}${base}en/milestones/${milestone.id}/`]);
        expect(image).toEqual([`${site}${base}og/en/milestones/${milestone.id}.png`]);
        expect(meta(page, 'twitter:card')).toEqual(['summary_large_image']);
        expect(files).toContain(`og/en/milestones/${milestone.id}.png`);
        expect(files).toContain('sitemap-index.xml');
        expect(read('robots.txt')).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
        const sitemap = read('sitemap-0.xml');
        expect(sitemap).toContain(`<loc>${site}${base}en/milestones/${milestone.id}/</loc>`);
        expect(sitemap).toContain(`hreflang="zh-CN" href="${site}${base}milestones/${milestone.id}/"`);
        expect(sitemap).not.toMatch(/\/embed\//);
      } else {
        expect(page).not.toContain('rel="canonical"');
        expect(page).not.toContain('<link rel="alternate" hreflang=');
        expect(meta(page, 'og:url')).toEqual([]);
        expect(image).toEqual([]);
        expect(meta(page, 'twitter:card')).toEqual(['summary']);
        expect(files).not.toContain('sitemap-index.xml');
        expect(read('robots.txt')).not.toContain('Sitemap');
      }
      expect(meta(page, 'og:title')[0]).toMatch(/\S/);
      expect(meta(page, 'og:type')).toEqual(['article']);
    },
  );

  it('has a card for every milestone, era, district and theme in both languages, and the main views', () => {
    for (const kind of ['milestones', 'eras', 'districts', 'themes']) {
      // A retired milestone's address only leads on (content/retired.yaml): it has no card.
      const pages = readdirSync(join(dist, kind), { withFileTypes: true })
        .filter((e) => e.isDirectory() && !html(`${kind}/${e.name}`).includes('http-equiv="refresh"'))
        .map((e) => e.name);
      for (const locale of ['zh', 'en']) {
        expect(readdirSync(join(dist, 'og', locale, kind)).sort(), `${locale} ${kind}`).toEqual(
          pages.map((p) => `${p}.png`).sort(),
        );
      }
    }
    for (const name of ['site', 'timeline', 'compare', 'map', 'data']) expect(files).toContain(`og/zh/${name}.png`);
  });

  it('milestone pages carry a CreativeWork about a dated Event, with breadcrumbs and citation tags', () => {
    const page = html(`milestones/${milestone.id}`);
    const graph = jsonLd(page);
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList') as unknown as { itemListElement: Node[] };
    expect(crumbs.itemListElement.map((i) => i.position)).toEqual([1, 2, 3, 4]);
    for (const item of crumbs.itemListElement)
      expect(item).toMatchObject({ '@type': 'ListItem', name: aString, item: aString });
    const work = graph.find((n) => n['@type'] === 'CreativeWork')!;
    expect(work).toMatchObject({
      name: aString,
      url: matching(new RegExp(`${base}milestones/${milestone.id}/$`)),
      license: 'https://creativecommons.org/licenses/by/4.0/',
      about: { '@type': 'Event', startDate: matching(/^\d{4}/), location: { '@type': 'Place' } },
      isPartOf: { '@type': 'Article', url: containing(`/eras/${milestone.era}/`) },
      citation: { '@type': 'CreativeWork', name: aString },
    });
    expect(meta(page, 'citation_title')).toHaveLength(1);
    expect(meta(page, 'citation_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta(page, 'citation_publisher')).toEqual(['北京社会建设改革史']);
    expect(meta(page, 'citation_reference').length).toBeGreaterThan(0);
    expect(meta(page, 'citation_public_url')).toEqual(site ? [`${site}${base}milestones/${milestone.id}/`] : []);
  });

  it('era and plan pages carry an Article and citation tags; every page a BreadcrumbList', () => {
    const era = html(`en/eras/${milestone.era}`);
    expect(jsonLd(era).find((n) => n['@type'] === 'Article')).toMatchObject({
      headline: aString,
      temporalCoverage: matching(/^\d{4}\/(\d{4}|\.\.)$/),
      citation: expect.arrayContaining([expect.objectContaining({ '@type': 'CreativeWork' })]) as unknown,
    });
    expect(meta(era, 'citation_title')).toHaveLength(1);
    const [plan] = readdirSync(join(dist, 'plans'));
    expect(meta(html(`plans/${plan}`), 'citation_title')).toHaveLength(1);
    for (const page of ['', 'en/timeline', 'sources', 'en/search', 'districts'])
      expect(jsonLd(html(page)).map((n) => n['@type'])).toContain('BreadcrumbList');
  });

  it('/data/ is a Dataset with a download per file, licence and coverage', () => {
    const set = jsonLd(html('data')).find((n) => n['@type'] === 'Dataset') as Node & { distribution: Node[] };
    expect(set).toMatchObject({
      name: aString,
      description: aString,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: matching(/^\d{4}\/\d{4}$/),
      spatialCoverage: { '@type': 'Place', name: aString },
    });
    const urls = set.distribution.map((d) => d.contentUrl as string);
    for (const name of [
      'milestones.json',
      'milestones.csv',
      'milestones.schema.json',
      'eras.json',
      'indicators.csv',
      'places.geojson',
    ])
      expect(urls).toContain(`${site ?? ''}${base}data/${name}`);
    for (const d of set.distribution) {
      expect(d['@type']).toBe('DataDownload');
      expect(files).toContain((d.contentUrl as string).slice((site ?? '').length + base.length));
    }
  });

  it('open data is readable from any origin, and says its licence', () => {
    expect(read('_headers')).toMatch(new RegExp(`\\n${base}data/\\*\\n(?:  .+\\n)*  Access-Control-Allow-Origin: \\*`));
    expect(html('data')).toContain('CC BY 4.0');
    expect(html('en')).toContain('rel="license"');
    expect((JSON.parse(read('data/places.geojson')) as { license: string }).license).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    const schema = JSON.parse(read('data/milestones.schema.json')) as { $id?: string; description: string };
    expect(schema.description).toContain('CC BY 4.0');
    expect(schema.$id).toBe(site ? `${site}${base}data/milestones.schema.json` : undefined);
    const csv = read('data/milestones.csv');
    expect(csv).toContain(site ? `,${site}${base}en/milestones/` : `,${base}en/milestones/`);
  });

  it('ships icons and a web app manifest', () => {
    for (const file of ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png'])
      expect(files).toContain(file);
    const manifest = JSON.parse(read('manifest.webmanifest')) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe(base);
    for (const icon of manifest.icons) expect(files).toContain(icon.src.slice(base.length));
  });
});
