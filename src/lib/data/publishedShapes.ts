// The shape of every published open-data file, built from the content schemas: each published field
// is the content field it comes from, so content validation and the published JSON Schemas (generated
// from these with z.toJSONSchema, see publishedSchemas.ts) agree on every rule: ids, dates, non-blank
// text, lengths, units. Only the layout belongs to the publication: flat names in CSV and GeoJSON, both
// languages of an era side by side, page paths. Field names are a public interface: add, never rename.
import { z } from 'astro/zod';
import * as content from '../content/schemas.ts';

const m = content.milestone.shape;
const e = content.era.shape;
const i = content.indicator.shape;
const p = content.place.shape;
const ref = content.sourceRef.shape;
const name = p.name.shape;

/** Paths of a record's page in each language, under any base path. */
const pages = (route: string) =>
  z.strictObject({
    zh: z.string().regex(new RegExp(`^/(?:[^?#]*/)?${route}/[a-z][a-z0-9-]*/$`)),
    en: z.string().regex(new RegExp(`^/(?:[^?#]*/)?en/${route}/[a-z][a-z0-9-]*/$`)),
  });

/** One text of an era in both languages (eras are written one file per language). */
const bothLanguages = <T extends z.ZodType>(text: T) => z.strictObject({ zh: text, en: text });

// ---- JSON -------------------------------------------------------------------------------------

export const milestoneJson = content.withDateWording(
  z.strictObject({
    id: m.id,
    district: m.district,
    era: m.era,
    date: m.date,
    dateWording: m.dateWording,
    scope: m.scope,
    title: m.title,
    summary: m.summary,
    themes: m.themes,
    places: m.places,
    source: m.source,
    url: pages('milestones'),
  }),
);
export type MilestoneJson = z.output<typeof milestoneJson>;

export const eraJson = z.strictObject({
  id: m.era,
  district: e.district,
  order: e.order,
  start: e.start,
  end: e.end,
  title: bothLanguages(e.title),
  summary: bothLanguages(e.summary),
  themes: e.themes,
  sources: e.sources,
  url: pages('eras'),
});
export type EraJson = z.output<typeof eraJson>;

export const indicatorJson = content.indicator;
export type IndicatorJson = z.output<typeof indicatorJson>;

export const placeProperties = z.strictObject({
  id: p.id,
  name_zh: name.zh,
  name_en: name.en,
  district: p.district,
  kind: p.kind,
  precision: p.precision,
  source_document: ref.document,
  source_section: ref.section,
});

export const placesGeoJson = z.strictObject({
  type: z.literal('FeatureCollection'),
  /** A GeoJSON foreign member: the URL of the data's licence. */
  license: z.url(),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      id: p.id,
      geometry: z.strictObject({ type: z.literal('Point'), coordinates: z.tuple([p.lon, p.lat]) }),
      properties: placeProperties,
    }),
  ),
});
export type PlacesGeoJson = z.output<typeof placesGeoJson>;

// ---- CSV --------------------------------------------------------------------------------------

/** Several values in one CSV field: ids joined by "|"; "document section" pairs joined by "|". */
const idList = z.string().regex(/^(?:[a-z][a-z0-9-]*(?:\|[a-z][a-z0-9-]*)*)?$/);
const refList = z.string().regex(/^(?:[a-z][a-z0-9-]* [\d.]+(?:\|[a-z][a-z0-9-]* [\d.]+)*)?$/);
const note = content.localized.shape;

export const milestoneCsvRow = z.strictObject({
  id: m.id,
  date: m.date,
  date_wording_zh: name.zh.optional(),
  date_wording_en: name.en.optional(),
  district: m.district,
  era: m.era,
  scope: m.scope,
  title_zh: m.title.shape.zh,
  title_en: m.title.shape.en,
  summary_zh: m.summary.shape.zh,
  summary_en: m.summary.shape.en,
  themes: idList,
  places: idList,
  source_document: ref.document,
  source_section: ref.section,
  also_in: refList,
  note_zh: note.zh.optional(),
  note_en: note.en.optional(),
  url_zh: z.url(),
  url_en: z.url(),
});
export type MilestoneCsvRow = z.output<typeof milestoneCsvRow>;

export const indicatorCsvRow = z.strictObject({
  id: i.id,
  district: i.district,
  target: i.target,
  year: i.year,
  period: i.period,
  metric: i.metric,
  label_zh: i.label.shape.zh,
  label_en: i.label.shape.en,
  value: i.value,
  qualifier: i.qualifier,
  unit: i.unit,
  source_document: ref.document,
  source_section: ref.section,
  note_zh: note.zh.optional(),
  note_en: note.en.optional(),
});
export type IndicatorCsvRow = z.output<typeof indicatorCsvRow>;

// ---- boundaries (written by scripts/prepare-boundaries.ts) ------------------------------------

const lonLat = { lon: p.lon, lat: p.lat };
const area = z.number().positive();

export const districtBoundaryProperties = z.strictObject({
  id: p.id,
  adcode: z.string().regex(/^\d{6}$/),
  name_zh: name.zh,
  name_en: name.en,
  label_lon: lonLat.lon,
  label_lat: lonLat.lat,
  area_km2: area,
});

/** Properties of core-structure.geojson; which of them a feature has depends on its kind. */
export const coreStructureProperties = z.strictObject({
  id: p.id,
  kind: z.string().regex(/^(?:district-before-2010|boundary-before-2010|context|plan-[a-z]+)$/),
  name_zh: name.zh.optional(),
  name_en: name.en.optional(),
  approximate: z.literal(true),
  part_of_today: p.district.optional(),
  within: p.district.optional(),
  district: p.district.optional(),
  label_lon: lonLat.lon.optional(),
  label_lat: lonLat.lat.optional(),
  area_km2: area.optional(),
  points_zh: z.string().optional(),
  points_en: z.string().optional(),
});
