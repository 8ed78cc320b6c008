// The open-data downloads other than milestones.json (openData.ts): milestones and indicators as CSV,
// indicators and eras as JSON, places as GeoJSON. Their shapes are in publishedShapes.ts; the column
// order of each CSV is the order of its row shape's fields.
import type { z } from 'astro/zod';
import type * as content from '../content/schemas.ts';
import { LIST_SEPARATOR, toCsv, type CsvValue } from './csv.ts';
import { localePath, localeUrls } from '../site/paths.ts';
import { CONTENT_LICENCE } from '../site/licence.ts';
import { yearSpan } from '../format/dates.ts';
import {
  indicatorCsvRow,
  milestoneCsvRow,
  type EraJson,
  type IndicatorCsvRow,
  type IndicatorJson,
  type MilestoneCsvRow,
  type PlacesGeoJson,
} from './publishedShapes.ts';
import { milestoneRoute, eraRoute } from '../site/routes.ts';

type Indicator = z.output<typeof content.indicator>;
type Place = z.output<typeof content.place>;
type Era = z.output<typeof content.era>;

export const MILESTONE_COLUMNS = Object.keys(milestoneCsvRow.shape) as (keyof MilestoneCsvRow)[];
export const INDICATOR_COLUMNS = Object.keys(indicatorCsvRow.shape) as (keyof IndicatorCsvRow)[];

const byKeys =
  <T>(...keys: ((x: T) => string | number)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/** A site-relative path made absolute against the site's origin; kept as it is without one (no SITE_URL). */
export const absoluteUrl = (path: string, site: string | undefined) => (site ? new URL(path, site).href : path);

const rowsOf = <T extends object>(columns: readonly (keyof T)[], rows: readonly T[]): CsvValue[][] =>
  rows.map((row) => columns.map((c) => row[c] as CsvValue));

export function milestoneCsvRows(
  milestones: readonly content.Milestone[],
  site: string | undefined,
  base = '/',
): MilestoneCsvRow[] {
  return milestones.map((m) => ({
    id: m.id,
    date: m.date,
    date_wording_zh: m.dateWording?.zh,
    date_wording_en: m.dateWording?.en,
    district: m.district,
    era: m.era,
    scope: m.scope,
    title_zh: m.title.zh,
    title_en: m.title.en,
    summary_zh: m.summary.zh,
    summary_en: m.summary.en,
    themes: m.themes.join(LIST_SEPARATOR),
    places: m.places.join(LIST_SEPARATOR),
    source_document: m.source.document,
    source_section: m.source.section,
    also_in: (m.alsoIn ?? []).map((r) => `${r.document} ${r.section}`).join(LIST_SEPARATOR),
    note_zh: m.note?.zh,
    note_en: m.note?.en,
    url_zh: absoluteUrl(localePath(milestoneRoute(m.id), 'zh', base), site),
    url_en: absoluteUrl(localePath(milestoneRoute(m.id), 'en', base), site),
  }));
}

export function milestonesCsv(milestones: readonly content.Milestone[], site: string | undefined, base = '/'): string {
  return toCsv(MILESTONE_COLUMNS, rowsOf(MILESTONE_COLUMNS, milestoneCsvRows(milestones, site, base)));
}

/**
 * Indicators in the order of both files: district, metric, then by time (a year, or the last year of an
 * undated figure's period; a target without a year last), id.
 */
export function sortIndicators(indicators: readonly Indicator[]): Indicator[] {
  return [...indicators].sort(
    byKeys(
      (i) => i.district,
      (i) => i.metric,
      (i) => i.year ?? (i.period ? yearSpan(i.period)[1] : Number.MAX_SAFE_INTEGER),
      (i) => i.id,
    ),
  );
}

export function indicatorCsvRows(indicators: readonly Indicator[]): IndicatorCsvRow[] {
  return sortIndicators(indicators).map((i) => ({
    id: i.id,
    district: i.district,
    target: i.target,
    year: i.year,
    period: i.period,
    metric: i.metric,
    label_zh: i.label.zh,
    label_en: i.label.en,
    value: i.value,
    qualifier: i.qualifier,
    unit: i.unit,
    source_document: i.source.document,
    source_section: i.source.section,
    note_zh: i.note?.zh,
    note_en: i.note?.en,
  }));
}

export function indicatorsCsv(indicators: readonly Indicator[]): string {
  return toCsv(INDICATOR_COLUMNS, rowsOf(INDICATOR_COLUMNS, indicatorCsvRows(indicators)));
}

export function indicatorsJson(indicators: readonly Indicator[]): IndicatorJson[] {
  return sortIndicators(indicators).map((i) => ({
    id: i.id,
    district: i.district,
    target: i.target,
    ...(i.year === undefined ? {} : { year: i.year }),
    ...(i.period ? { period: i.period } : {}),
    metric: i.metric,
    label: { zh: i.label.zh, en: i.label.en },
    value: i.value,
    ...(i.qualifier ? { qualifier: i.qualifier } : {}),
    unit: i.unit,
    source: { document: i.source.document, section: i.source.section },
    ...(i.note ? { note: { zh: i.note.zh, en: i.note.en } } : {}),
  }));
}

/** An era as written in its two files (content/eras/zh and en), which share every fact but the text. */
export interface EraPair {
  id: string;
  zh: Era;
  en: Era;
}

/** All eras, by district and order; an open era keeps `end: null`. */
export function erasJson(eras: readonly EraPair[], base = '/'): EraJson[] {
  return [...eras]
    .sort(
      byKeys(
        (e) => e.zh.district,
        (e) => e.zh.order,
      ),
    )
    .map(({ id, zh, en }) => ({
      id,
      district: zh.district,
      order: zh.order,
      start: zh.start,
      end: zh.end,
      title: { zh: zh.title, en: en.title },
      summary: { zh: zh.summary, en: en.summary },
      themes: [...zh.themes],
      sources: zh.sources.map((s) => ({ document: s.document, section: s.section })),
      url: localeUrls(eraRoute(id), base),
    }));
}

export function placesGeoJson(places: readonly Place[]): PlacesGeoJson {
  return {
    type: 'FeatureCollection',
    license: CONTENT_LICENCE.url,
    features: [...places].sort(byKeys((p) => p.id)).map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        name_zh: p.name.zh,
        name_en: p.name.en,
        district: p.district,
        kind: p.kind,
        precision: p.precision,
        source_document: p.source.document,
        source_section: p.source.section,
      },
    })),
  };
}
