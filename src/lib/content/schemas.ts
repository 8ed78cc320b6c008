// The content model: one strict schema per collection. Used by the content collections and by the
// validator, so that the build and `npm run validate` agree on what is valid.
import { z } from 'astro/zod';
import { joinCjkLines } from '../format/cjkText.ts';

export const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const UNITS = [
  'percent',
  'permille',
  'persons',
  '10k-persons',
  'households',
  'count',
  'yuan',
  '10k-yuan',
  '100m-yuan',
  'yuan-per-capita',
  'km',
  'km2',
  'm2',
  'm2-per-100-households',
  'beds',
  'years',
  'hours',
] as const;
export type Unit = (typeof UNITS)[number];

const slug = z.string().regex(SLUG, 'must be an ASCII slug: a-z, 0-9 and "-", starting with a letter');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const year = z.number().int().min(1900).max(2100);

export const localized = z.strictObject({ zh: nonEmpty.transform(joinCjkLines), en: nonEmpty });
export type Localized = z.infer<typeof localized>;

// A YAML date may arrive as a number (2005); it is kept as the string the author meant.
const dateString = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .pipe(z.string().regex(DATE, 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"'));
const sectionId = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^\d+(?:\.\d+)*$/, 'must be a section number such as "2" or "2.1"'));

export const sourceRef = z.strictObject({ document: slug, section: sectionId });
export type SourceRef = z.infer<typeof sourceRef>;

export const theme = z.strictObject({ id: slug, name: localized, description: localized });

export const district = z.strictObject({
  id: slug,
  name: localized,
  short: localized,
  order: z.number().int(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#1f5fa8"'),
  areaKm2: z.number().positive().optional(),
  areaSource: sourceRef.optional(),
  areaNote: localized.optional(),
  merged: z.array(z.strictObject({ name: localized, date: dateString, source: sourceRef })),
});

export const source = z.strictObject({
  id: slug,
  seed: nonEmpty,
  kind: z.enum(['chapter', 'plan', 'report']),
  language: z.enum(['zh-Hans', 'zh-Hant']),
  title: localized,
  container: localized.optional(),
  publisher: localized.optional(),
  year: year.optional(),
  span: z.tuple([year, year]),
  sections: z
    .array(z.strictObject({ id: sectionId, title: localized, dated: z.boolean() }))
    .min(1, 'must list the document\'s sections'),
});

export const era = z.strictObject({
  district: slug,
  order: z.number().int().min(1),
  start: year,
  end: year.nullable(),
  title: nonEmpty,
  summary: nonEmpty,
  themes: z.array(slug).min(1, 'must name at least one theme'),
  sources: z.array(sourceRef).min(1, 'must cite at least one source'),
});

export const overview = z.strictObject({
  district: slug,
  title: nonEmpty,
  summary: nonEmpty,
  sources: z.array(sourceRef).min(1, 'must cite at least one source'),
});

export const milestone = z.strictObject({
  id: slug,
  date: dateString,
  district: slug,
  era: slug,
  themes: z.array(slug).min(1, 'must name at least one theme'),
  places: z.array(slug).default([]),
  title: localized,
  summary: localized,
  source: sourceRef,
  alsoIn: z.array(sourceRef).optional(),
  note: localized.optional(),
});
export type Milestone = z.infer<typeof milestone>;

export const place = z.strictObject({
  id: slug,
  name: localized,
  district: slug,
  kind: z.enum(['subdistrict', 'community', 'landmark', 'area']),
  lon: z.number().min(115.4).max(117.6),
  lat: z.number().min(39.4).max(41.1),
  precision: z.enum(['exact', 'approximate', 'area']),
  source: sourceRef,
});

export const indicator = z.strictObject({
  id: slug,
  district: slug,
  year,
  metric: slug,
  label: localized,
  value: z.number(),
  unit: z.enum(UNITS),
  source: sourceRef,
  note: localized.optional(),
});

const planItem = z.strictObject({
  id: slug,
  title: localized,
  summary: localized,
  section: sectionId,
});

export const plan = z.strictObject({
  id: slug,
  district: slug,
  title: localized,
  period: z.tuple([year, year]),
  baselineYear: year,
  source: sourceRef,
  summary: localized,
  targets: z
    .array(
      z
        .strictObject({
          id: slug,
          indicator: localized,
          baseline: z.number().nullable(),
          target: z.number().nullable(),
          targetText: localized.optional(),
          unit: z.enum(UNITS).nullable(),
          section: sectionId,
          note: localized.optional(),
        })
        .refine((t) => t.target !== null || t.targetText !== undefined, {
          message: 'a target without a number needs targetText',
          path: ['targetText'],
        }),
    )
    .min(1),
  principles: z.array(planItem),
  taskAreas: z.array(planItem),
  problems: z.array(planItem).default([]),
  safeguards: z.array(planItem).default([]),
});

export const glossaryTerm = z.strictObject({
  zh: nonEmpty,
  en: nonEmpty,
  pinyin: z.string().optional(),
  note: z.string().optional(),
});

// ---- the maps' plan structure and the core area before 2010 (content/map/) ----
/** The parts of the master plan's formula “一核一主一副、两轴多点一区”, in its order. */
export const MAP_LAYERS = ['core', 'central', 'subcentre', 'axes', 'towns', 'eco'] as const;
const position = z.tuple([z.number().min(115.4).max(117.6), z.number().min(39.4).max(41.1)]);
const mapRecord = {
  id: slug,
  /** What the documents say about the feature. */
  source: sourceRef,
  /** Where the rest (positions, the make-up of a layer) comes from, when no document gives it. */
  basis: localized.optional(),
};
export const mapFeature = z.discriminatedUnion('kind', [
  z.strictObject({
    ...mapRecord,
    id: z.enum(MAP_LAYERS),
    kind: z.literal('layer'),
    districts: z.array(slug),
    partly: z.array(slug).optional(),
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('line'),
    layer: z.enum(['axes', 'context']),
    name: localized,
    path: z.array(position).min(2, 'a line needs at least two points'),
    label: position.optional(),
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('town'),
    district: slug,
    name: localized,
    at: position,
    side: z.enum(['left', 'right', 'below']),
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('wall'),
    name: localized,
    points: z.array(z.strictObject({ name: localized, at: position })).min(2, 'a line needs at least two points'),
    label: position,
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('district-before-2010'),
    today: slug,
    side: z.enum(['north', 'south']),
    name: localized,
    short: localized,
  }),
]);
export type MapFeature = z.output<typeof mapFeature>;

/** The record collections that live in YAML lists, with the folder or file they load from. */
export const recordCollections = {
  districts: { path: 'districts.yaml', schema: district },
  themes: { path: 'themes.yaml', schema: theme },
  sources: { path: 'sources', schema: source },
  milestones: { path: 'milestones', schema: milestone },
  places: { path: 'places', schema: place },
  indicators: { path: 'indicators', schema: indicator },
  plans: { path: 'plan', schema: plan },
  glossary: { path: 'glossary', schema: glossaryTerm },
  mapFeatures: { path: 'map', schema: mapFeature },
} as const;
export type RecordCollection = keyof typeof recordCollections;
