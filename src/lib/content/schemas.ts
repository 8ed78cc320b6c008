// The content model: one strict schema per collection. The validator applies them (once per record, for
// the build and `npm run validate` alike), and the open data (src/lib/data/publishedShapes.ts) takes its
// fields from them, its JSON Schemas generated with z.toJSONSchema: keep every rule representable there
// (regex, min/max, enum rather than refine or transform), so that each limit below is stated once.
import { z } from 'astro/zod';
import { joinCjkLines } from '../format/cjkText.ts';
import { YEAR_RANGE_PATTERN } from '../format/dates.ts';

export const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

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
  /** 人次: each visit or service counts, so one person may count several times. */
  'person-times',
  '10k-person-times',
  /** 课时: lessons taught, not clock hours. */
  'class-periods',
] as const;
export type Unit = (typeof UNITS)[number];

/**
 * How a source hedges a figure: 约/左右 (about), 余/超过/突破 (more than), 近 (nearly), 以上/不低于 (at
 * least), 以下/不超过 (up to). The value is the figure the source names; the qualifier travels with it.
 */
export const QUALIFIERS = ['about', 'more-than', 'nearly', 'at-least', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
const qualifier = z.enum(QUALIFIERS);

/** Longest id (a slug), in characters. */
export const SLUG_MAX = 80;
/** Longest section number ("2.1.3"). */
export const SECTION_MAX = 16;
/**
 * Longest text, in characters (Unicode code points, as zod and a JSON Schema maxLength count them), by
 * kind of field and language. Single-language MDX front matter takes the English limits.
 */
export const TEXT_MAX = {
  /** Names, labels and headings: districts, places, themes, documents, sections, indicators, terms. */
  name: { zh: 60, en: 160 },
  /** Titles of milestones, eras and a plan's principles and task areas. */
  title: { zh: 40, en: 120 },
  /** Summaries, descriptions and notes: a few sentences. */
  text: { zh: 400, en: 1200 },
} as const;

/**
 * Text that shows something: at least one character that is not white space or invisible (zero-width
 * and bidi marks, the BOM and other format or control characters, Hangul fillers, the blank Braille
 * pattern). A pattern rather than a refinement, so that the published schemas say the same.
 */
export const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]/u;

const codePoints = (text: string) => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** Trimmed text of at most `max` characters that shows something. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, {
      error: (issue) => `is ${codePoints(issue.input as string)} characters long; at most ${max} are allowed`,
      abort: true,
    })
    .regex(VISIBLE, {
      error: (issue) => (issue.input === '' ? 'must not be empty' : 'holds only spaces or invisible characters'),
    });

const slug = z
  .string()
  .max(SLUG_MAX, { error: `must be at most ${SLUG_MAX} characters`, abort: true })
  .regex(SLUG, 'must be an ASCII slug: a-z, 0-9 and "-", starting with a letter');
const year = z.number().int().min(1900).max(2100);

/** The same text in both languages, folded Chinese lines joined without spaces; names and titles are shorter. */
const inBothLanguages = ({ zh, en }: { zh: number; en: number }) =>
  z.strictObject({ zh: text(zh).overwrite(joinCjkLines), en: text(en) });
export const localized = inBothLanguages(TEXT_MAX.text);
export const localizedName = inBothLanguages(TEXT_MAX.name);
export const localizedTitle = inBothLanguages(TEXT_MAX.title);
export type Localized = z.infer<typeof localized>;

// A date is only as precise as its source: a year, a year and month, a day that exists (no
// 2015-02-30), or, for an event the source dates only roughly, a span of years "1989/1990" (the first
// year first), shown as approximate. The published JSON Schemas follow, being generated from it.
export const date = z.union(
  [
    z.string().regex(/^\d{4}$/),
    z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/),
    z.iso.date(),
    z.string().regex(new RegExp(YEAR_RANGE_PATTERN)),
  ],
  { error: 'must be "YYYY", "YYYY-MM", a real date "YYYY-MM-DD" or a span of years "YYYY/YYYY" (first year first)' },
);
const span = new RegExp(YEAR_RANGE_PATTERN);

/**
 * A rule across fields, in both forms: the check content validation runs, and the same rule as JSON
 * Schema keywords for the published schemas (zod does not turn a refinement into JSON Schema).
 */
const acrossFields = <S extends z.ZodObject>(
  schema: S,
  rules: { check: (value: z.output<S>) => boolean; message: string; path: string[] }[],
  jsonSchema: Record<string, unknown>,
) =>
  rules
    .reduce((s, r) => s.refine(r.check, { message: r.message, path: r.path }), schema)
    .meta(jsonSchema);

/** A date's own wording (the source's phrase for a rough date) belongs to a span of years. */
export const withDateWording = <S extends z.ZodObject>(schema: S) =>
  acrossFields(
    schema,
    [
      {
        check: (m) => {
          const { date: d, dateWording } = m as { date: string; dateWording?: unknown };
          return dateWording === undefined || span.test(d);
        },
        message: 'only a span of years ("YYYY/YYYY") carries the source\'s wording',
        path: ['dateWording'],
      },
    ],
    { dependentSchemas: { dateWording: { properties: { date: { type: 'string', pattern: YEAR_RANGE_PATTERN } } } } },
  );
// A YAML date may arrive as a number (2005); it is kept as the string the author meant.
const dateString = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .pipe(date);
const sectionId = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .pipe(
    z
      .string()
      .max(SECTION_MAX, { error: `must be at most ${SECTION_MAX} characters`, abort: true })
      .regex(/^\d+(?:\.\d+)*$/, 'must be a section number such as "2" or "2.1"'),
  );

export const sourceRef = z.strictObject({ document: slug, section: sectionId });
export type SourceRef = z.infer<typeof sourceRef>;

export const theme = z.strictObject({ id: slug, name: localizedName, description: localized });

export const district = z.strictObject({
  id: slug,
  name: localizedName,
  short: localizedName,
  order: z.number().int(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#1f5fa8"'),
  areaKm2: z.number().positive().optional(),
  areaSource: sourceRef.optional(),
  areaNote: localized.optional(),
  merged: z.array(z.strictObject({ name: localizedName, date: dateString, source: sourceRef })),
});

export const source = z.strictObject({
  id: slug,
  seed: text(TEXT_MAX.name.en),
  kind: z.enum(['chapter', 'plan', 'report']),
  language: z.enum(['zh-Hans', 'zh-Hant']),
  title: localizedName,
  container: localizedName.optional(),
  publisher: localizedName.optional(),
  year: year.optional(),
  /** The years the document covers: a milestone it reports lies inside them. */
  span: z.tuple([year, year]),
  sections: z
    .array(z.strictObject({ id: sectionId, title: localizedName, dated: z.boolean() }))
    .min(1, 'must list the document\'s sections'),
});

export const era = z.strictObject({
  district: slug,
  order: z.number().int().min(1),
  start: year,
  end: year.nullable(),
  title: text(TEXT_MAX.title.en),
  summary: text(TEXT_MAX.text.en),
  themes: z.array(slug).min(1, 'must name at least one theme'),
  sources: z.array(sourceRef).min(1, 'must cite at least one source'),
});

export const overview = z.strictObject({
  district: slug,
  title: text(TEXT_MAX.title.en),
  summary: text(TEXT_MAX.text.en),
  sources: z.array(sourceRef).min(1, 'must cite at least one source'),
});

/**
 * A record on a district's lane that the district did not do: a national (`national`) or city-wide
 * (`city`) decision its chapter cites as background. Drawn as context, never a district's "first".
 */
export const SCOPES = ['national', 'city'] as const;

export const milestone = withDateWording(
  z.strictObject({
    id: slug,
    date: dateString,
    /** For a span of years: the source's own words ("进入21世纪"), in both languages. */
    dateWording: localizedName.optional(),
    district: slug,
    era: slug,
    scope: z.enum(SCOPES).optional(),
    themes: z.array(slug).min(1, 'must name at least one theme'),
    places: z.array(slug).default([]),
    title: localizedTitle,
    summary: localized,
    source: sourceRef,
    alsoIn: z.array(sourceRef).optional(),
    note: localized.optional(),
    /** One of the key events its district's chapter names: the timeline writes its headline first. */
    key: z.boolean().optional(),
  }),
);
export type Milestone = z.infer<typeof milestone>;

/** A moment that lines up across the timeline's lanes, standing for milestones dated in its year. */
export const annotation = z.strictObject({
  id: slug,
  year,
  /** The line's label on the timeline, after the year. */
  label: localized,
  /** The same moment as a row heading on /compare/. */
  row: localized,
  milestones: z.array(slug).min(2, 'must name the milestones it lines up (at least two)'),
});

export const place = z.strictObject({
  id: slug,
  name: localizedName,
  district: slug,
  kind: z.enum(['subdistrict', 'community', 'landmark', 'area']),
  lon: z.number().min(115.4).max(117.6),
  lat: z.number().min(39.4).max(41.1),
  precision: z.enum(['exact', 'approximate', 'area']),
  source: sourceRef,
});

/**
 * A figure: a measurement, or a target the source sets (`target: true`), never compared with
 * measurements. It is dated by its `year`, or, when the source gives none, by the `period` it must fall
 * in ("2012/2021": shown as "2012–2021, no year given", never plotted as a year); a target may have
 * neither (the source names no target year).
 */
export const indicator = acrossFields(
  z.strictObject({
    id: slug,
    district: slug,
    target: z.boolean().default(false),
    year: year.optional(),
    period: z
      .string()
      .regex(span, 'must be a span of years "YYYY/YYYY", the first year first')
      .optional(),
    metric: slug,
    label: localizedName,
    value: z.number(),
    qualifier: qualifier.optional(),
    unit: z.enum(UNITS),
    source: sourceRef,
    note: localized.optional(),
  }),
  [
    {
      check: (i) => i.year === undefined || i.period === undefined,
      message: 'give a year or a period, not both',
      path: ['period'],
    },
    {
      check: (i) => i.target || i.year !== undefined || i.period !== undefined,
      message: 'a measurement needs a year, or the period it falls in when the source gives no year',
      path: ['year'],
    },
  ],
  // (`properties: {x: true}` beside `required`: strict validators want each required name declared.)
  {
    not: { properties: { year: true, period: true }, required: ['year', 'period'] },
    if: { properties: { target: { type: 'boolean', const: false } }, required: ['target'] },
    then: {
      anyOf: [
        { properties: { year: true }, required: ['year'] },
        { properties: { period: true }, required: ['period'] },
      ],
    },
  },
);
export type IndicatorRecord = z.output<typeof indicator>;

const planItem = z.strictObject({
  id: slug,
  title: localizedTitle,
  summary: localized,
  section: sectionId,
});

export const plan = z.strictObject({
  id: slug,
  district: slug,
  title: localizedName,
  period: z.tuple([year, year]),
  baselineYear: year,
  source: sourceRef,
  summary: localized,
  targets: z
    .array(
      z
        .strictObject({
          id: slug,
          indicator: localizedName,
          baseline: z.number().nullable(),
          baselineQualifier: qualifier.optional(),
          target: z.number().nullable(),
          targetQualifier: qualifier.optional(),
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
  zh: text(TEXT_MAX.name.zh),
  en: text(TEXT_MAX.name.en),
  pinyin: text(TEXT_MAX.name.en).optional(),
  note: text(TEXT_MAX.text.en).optional(),
});

/**
 * A milestone id the site no longer has (ids are promises): its addresses lead on to the page that now
 * tells the fact, with the reason.
 */
export const retiredMilestone = z.strictObject({
  id: slug,
  redirect: z.strictObject({ kind: z.enum(['era', 'milestone', 'plan']), id: slug }),
  reason: localized,
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
    name: localizedName,
    path: z.array(position).min(2, 'a line needs at least two points'),
    label: position.optional(),
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('town'),
    district: slug,
    name: localizedName,
    at: position,
    side: z.enum(['left', 'right', 'below']),
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('wall'),
    name: localizedName,
    points: z.array(z.strictObject({ name: localizedName, at: position })).min(2, 'a line needs at least two points'),
    label: position,
  }),
  z.strictObject({
    ...mapRecord,
    kind: z.literal('district-before-2010'),
    today: slug,
    side: z.enum(['north', 'south']),
    name: localizedName,
    short: localizedName,
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
  retired: { path: 'retired.yaml', schema: retiredMilestone },
  annotations: { path: 'annotations.yaml', schema: annotation },
  mapFeatures: { path: 'map', schema: mapFeature },
} as const;
export type RecordCollection = keyof typeof recordCollections;

/** The collections written in MDX, one file per record and language: `<folder>/<locale>/<id>.mdx`. */
export const mdxCollections = { eras: era, overviews: overview } as const;
