// The open-data downloads other than milestones.json (whose shape lives in openData.ts): milestones
// and indicators as CSV, eras as JSON, places as GeoJSON. Column and field names are part of the
// public interface: add, never rename.
import { LIST_SEPARATOR, toCsv } from './csv.ts';
import { localePath, localeUrls } from '../site/paths.ts';
import { milestoneRoute } from './openData.ts';

interface Localized {
  zh: string;
  en: string;
}
interface Ref {
  document: string;
  section: string;
}

export interface CsvMilestone {
  id: string;
  date: string;
  district: string;
  era: string;
  title: Localized;
  summary: Localized;
  themes: readonly string[];
  places: readonly string[];
  source: Ref;
  alsoIn?: readonly Ref[];
  note?: Localized;
}

export interface CsvIndicator {
  id: string;
  district: string;
  year: number;
  metric: string;
  label: Localized;
  value: number;
  unit: string;
  source: Ref;
  note?: Localized;
}

export const MILESTONE_COLUMNS = [
  'id',
  'date',
  'district',
  'era',
  'title_zh',
  'title_en',
  'summary_zh',
  'summary_en',
  'themes',
  'places',
  'source_document',
  'source_section',
  'also_in',
  'note_zh',
  'note_en',
  'url_zh',
  'url_en',
] as const;

export const INDICATOR_COLUMNS = [
  'id',
  'district',
  'year',
  'metric',
  'label_zh',
  'label_en',
  'value',
  'unit',
  'source_document',
  'source_section',
  'note_zh',
  'note_en',
] as const;

/** A site-relative path made absolute against the site's origin. */
export const absoluteUrl = (path: string, site: string) => new URL(path, site).href;

export function milestonesCsv(milestones: readonly CsvMilestone[], site: string, base = '/'): string {
  return toCsv(
    MILESTONE_COLUMNS,
    milestones.map((m) => [
      m.id,
      m.date,
      m.district,
      m.era,
      m.title.zh,
      m.title.en,
      m.summary.zh,
      m.summary.en,
      m.themes.join(LIST_SEPARATOR),
      m.places.join(LIST_SEPARATOR),
      m.source.document,
      m.source.section,
      (m.alsoIn ?? []).map((r) => `${r.document} ${r.section}`).join(LIST_SEPARATOR),
      m.note?.zh,
      m.note?.en,
      absoluteUrl(localePath(milestoneRoute(m.id), 'zh', base), site),
      absoluteUrl(localePath(milestoneRoute(m.id), 'en', base), site),
    ]),
  );
}

export function indicatorsCsv(indicators: readonly CsvIndicator[]): string {
  return toCsv(
    INDICATOR_COLUMNS,
    indicators.map((i) => [
      i.id,
      i.district,
      i.year,
      i.metric,
      i.label.zh,
      i.label.en,
      i.value,
      i.unit,
      i.source.document,
      i.source.section,
      i.note?.zh,
      i.note?.en,
    ]),
  );
}

export interface EraInput {
  id: string;
  district: string;
  order: number;
  start: number;
  end: number | null;
  themes: readonly string[];
  sources: readonly Ref[];
  title: Localized;
  summary: Localized;
}

export interface EraJson extends EraInput {
  url: Localized;
}

export function toEraJson(e: EraInput, base = '/'): EraJson {
  const route = `/eras/${e.id}/`;
  return {
    id: e.id,
    district: e.district,
    order: e.order,
    start: e.start,
    end: e.end,
    title: { zh: e.title.zh, en: e.title.en },
    summary: { zh: e.summary.zh, en: e.summary.en },
    themes: [...e.themes],
    sources: e.sources.map((s) => ({ document: s.document, section: s.section })),
    url: localeUrls(route, base),
  };
}

export interface PlaceInput {
  id: string;
  name: Localized;
  district: string;
  kind: string;
  lon: number;
  lat: number;
  precision: string;
  source: Ref;
}

export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string>;
}

export function placesGeoJson(places: readonly PlaceInput[]): { type: 'FeatureCollection'; features: PointFeature[] } {
  return {
    type: 'FeatureCollection',
    features: [...places]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((p) => ({
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
