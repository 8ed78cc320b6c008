// Every file of /data/, built from the content collections at build time: the data routes return
// these bodies, and /data/ and datapackage.json measure them, so a listed size is the size served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDistricts, getEras, getIndicators, getMilestones, getPlaces, getSources, getThemes } from './content.ts';
import { toMilestoneJson } from '../lib/data/openData.ts';
import {
  absoluteUrl,
  erasJson,
  indicatorCsvRows,
  indicatorsCsv,
  indicatorsJson,
  milestoneCsvRows,
  milestonesCsv,
  placesGeoJson,
  type EraPair,
} from '../lib/data/dataExports.ts';
import {
  PUBLISHED_SCHEMAS,
  publishedSchema,
  vocabularyOf,
  type PublishedSchema,
} from '../lib/data/publishedSchemas.ts';
import { describer } from '../lib/data/dataDictionary.ts';
import { DATA_FILES, MEDIA_TYPES, dataPackage } from '../lib/data/dataPackage.ts';
import { workbook } from '../lib/data/build/workbook.ts';
import { bounds, polygons, type Geometry } from '../lib/map/geometry.ts';
import { yearSpan } from '../lib/format/dates.ts';
import { basePath, type Locale } from '../lib/site/paths.ts';
import { SITE } from '../lib/site/siteUrl.ts';
import { CONTENT_LICENCE } from '../lib/site/licence.ts';
import { zh } from '../i18n/zh.ts';
import { en } from '../i18n/en.ts';
import { useTranslations, type MessageKey } from '../i18n/index.ts';
import { timelinejsBody, timelinejsIds } from '../components/data/timelinejsFile.ts';
import { dataFileRoute } from '../lib/site/routes.ts';
import { bookTitle } from '../lib/format/titles.ts';

const base = () => SITE.base;
/** Absolute URLs in the files only with SITE_URL; root-relative paths without (the /data/ page says so). */
const site = SITE.origin ?? undefined;
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The meaning of each field, in the page's language, from the `data.field.*` strings. */
export const describeField = (locale: Locale) =>
  describer((key) => (locale === 'zh' ? zh : en)[key as keyof typeof zh]);

/** Each era with its Chinese and English files. */
export async function eraPairs(): Promise<EraPair[]> {
  const [zhEras, enEras] = await Promise.all([getEras('zh'), getEras('en')]);
  return zhEras.map((e) => ({ id: e.id, zh: e.data, en: (enEras.find((x) => x.id === e.id) ?? e).data }));
}

export async function vocabulary() {
  const [districts, themes, sources, places, eras] = await Promise.all([
    getDistricts(),
    getThemes(),
    getSources(),
    getPlaces(),
    eraPairs(),
  ]);
  return vocabularyOf({ districts, themes, sources, places, eras: eras.map((e) => ({ id: e.id, ...e.zh })) });
}

/** A published schema; its $id is its own absolute URL, so without SITE_URL it has none. */
export async function schemaBody(name: PublishedSchema): Promise<string> {
  const id = SITE.absolute(basePath(dataFileRoute(`${name}.schema.json`), base())) ?? undefined;
  return json(
    publishedSchema(name, {
      id,
      licence: `Licence: ${CONTENT_LICENCE.name}, ${CONTENT_LICENCE.url}`,
      vocabulary: await vocabulary(),
      describe: describeField('en'),
    }),
  );
}

/** A file the boundary script wrote into public/data/. */
const publicFile = (name: string) => readFileSync(join(process.cwd(), 'public', 'data', name));

/** The sources of the facts, as one line each: 《title》 / title (publisher, year). */
async function sourceLines() {
  return (await getSources()).map((s) => {
    const by = [s.publisher?.en, s.year].filter(Boolean).join(', ');
    return `${bookTitle(s.title.zh)} / ${s.title.en}${by ? ` (${by})` : ''}`;
  });
}

export async function workbookBody(): Promise<Buffer> {
  const t = useTranslations('en');
  const tz = useTranslations('zh');
  const eras = erasJson(await eraPairs(), base()).map((e) => ({
    ...e,
    url: { zh: absoluteUrl(e.url.zh, site), en: absoluteUrl(e.url.en, site) },
  }));
  return workbook({
    about: [
      `${tz('site.title')} / ${t('site.title')}`,
      absoluteUrl(base(), site),
      tz('data.workbookAbout'),
      t('data.workbookAbout'),
      `${CONTENT_LICENCE.name}: ${CONTENT_LICENCE.url}`,
      ...(await sourceLines()),
    ],
    milestones: milestoneCsvRows(await getMilestones(), site, base()),
    eras,
    indicators: indicatorCsvRows(await getIndicators()),
    sources: await getSources(),
  });
}

/** How many records the files hold, for their descriptions ({milestones}, {eras}…). */
export async function counts() {
  const [milestones, eras, indicators, places] = await Promise.all([
    getMilestones(),
    getEras('zh'),
    getIndicators(),
    getPlaces(),
  ]);
  return { milestones: milestones.length, eras: eras.length, indicators: indicators.length, places: places.length };
}

/** A file of /data/ as the route serves it. */
export async function dataResponse(name: string): Promise<Response> {
  const file = DATA_FILES.find((f) => f.name === name)!;
  const type = MEDIA_TYPES[file.format];
  const body = await dataFileBody(name);
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': file.format === 'xlsx' ? type : `${type}; charset=utf-8` },
  });
}

/** The body of each file of /data/ (without the TimelineJS files), by name. */
export async function dataFileBody(name: string): Promise<string | Buffer> {
  switch (name) {
    case 'milestones.json':
      return json((await getMilestones()).map((m) => toMilestoneJson(m, base())));
    case 'milestones.csv':
      return milestonesCsv(await getMilestones(), site, base());
    case 'eras.json':
      return json(erasJson(await eraPairs(), base()));
    case 'indicators.json':
      return json(indicatorsJson(await getIndicators()));
    case 'indicators.csv':
      return indicatorsCsv(await getIndicators());
    case 'places.geojson':
      return json(placesGeoJson(await getPlaces()));
    case 'beijing-social-reform.xlsx':
      return workbookBody();
    default:
      return publicFile(name);
  }
}

const byteLength = (body: string | Buffer) => (typeof body === 'string' ? Buffer.byteLength(body) : body.length);

let sizes: Promise<Map<string, number>> | undefined;

/** Sizes in bytes of every file of /data/, TimelineJS files included (measured once per build). */
export function fileSizes(): Promise<Map<string, number>> {
  return (sizes ??= measure());
}

async function measure(): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const file of DATA_FILES) sizes.set(file.name, byteLength(await dataFileBody(file.name)));
  for (const { path, id, locale } of await timelinejsIds())
    sizes.set(path, byteLength(await timelinejsBody(id, locale)));
  return sizes;
}

/** Sizes of every file /data/ lists: the data files, their schemas and datapackage.json. */
export async function listedSizes(): Promise<Map<string, number>> {
  const sizes = new Map(await fileSizes());
  for (const name of PUBLISHED_SCHEMAS) sizes.set(`${name}.schema.json`, byteLength(await schemaBody(name)));
  sizes.set('datapackage.json', byteLength(await dataPackageBody()));
  return sizes;
}

export async function dataPackageBody(): Promise<string> {
  const t = useTranslations('en');
  const [sizes, milestones, eras, indicators, sources, n] = await Promise.all([
    fileSizes(),
    getMilestones(),
    eraPairs(),
    getIndicators(),
    sourceLines(),
    counts(),
  ]);
  const years = [
    ...milestones.flatMap((m) => yearSpan(m.date)),
    ...eras.flatMap((e) => [e.zh.start, e.zh.end ?? e.zh.start]),
    ...indicators.flatMap((i) => (i.period ? yearSpan(i.period) : i.year === undefined ? [] : [i.year])),
  ];
  const boundaries = JSON.parse(publicFile('districts.geojson').toString('utf8')) as {
    features: { geometry: Geometry }[];
    metadata: { source: { package: string; version: string; repository: string; license: string } };
  };
  const source = boundaries.metadata.source;
  const timelinejs = (await timelinejsIds()).map(({ path, locale, name }) => ({
    name: path,
    description: t('data.timelinejsResource', { district: name, language: locale === 'zh' ? 'Chinese' : 'English' }),
  }));
  return json(
    dataPackage({
      title: t('site.title'),
      description: t('data.description'),
      describeFile: (name) => t(`data.about.${name}` as MessageKey, n),
      describeField: describeField('en'),
      bytes: (name) => sizes.get(name) ?? 0,
      sources: sources.map((title) => ({ title })),
      temporal: { start: String(Math.min(...years)), end: String(Math.max(...years)) },
      spatial: {
        name: 'Beijing, China',
        bbox: bounds(boundaries.features.flatMap((f) => polygons(f.geometry).flat(2))),
      },
      boundaries: { title: `${source.package} ${source.version}`, path: source.repository, licence: source.license },
      timelinejs,
    }),
  );
}
