// The content model: one strict schema per collection. The validator applies them (once per record, for
// the build and `npm run validate` alike), and the published JSON Schemas are generated from them, so
// that every limit below is stated once.
import { z } from 'astro/zod';
import { joinCjkLines } from '../format/cjkText.ts';

export const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

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
  /** Titles of milestones and eras. */
  title: { zh: 40, en: 90 },
  /** Summaries, descriptions and notes: a few sentences. */
  text: { zh: 400, en: 1200 },
} as const;
export type TextKind = keyof typeof TEXT_MAX;

/**
 * Spaces and characters that show nothing: white space, zero-width and bidi marks, the BOM, other
 * format and control characters, Hangul fillers and the blank Braille pattern.
 */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2800]/gu;

/** True when nothing would show: the text is empty once every space and invisible character is removed. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

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
    .refine((value) => !isBlank(value), {
      error: (issue) => (issue.input === '' ? 'must not be empty' : 'holds only spaces or invisible characters'),
    });

/** The same text in both languages; folded Chinese lines are joined without spaces. */
const localized = (kind: TextKind) =>
  z.strictObject({ zh: text(TEXT_MAX[kind].zh).transform(joinCjkLines), en: text(TEXT_MAX[kind].en) });

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

const slug = z
  .string()
  .max(SLUG_MAX, { error: `must be at most ${SLUG_MAX} characters`, abort: true })
  .regex(SLUG, 'must be an ASCII slug: a-z, 0-9 and "-", starting with a letter');
const year = z.number().int().min(1900).max(2100);

/** Why a date that has the right shape is still not a day of the calendar, or null. */
export function calendarProblem(date: string): string | null {
  const [year, month, day] = date.split('-').map(Number);
  if (day === undefined) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? `${date} is not a calendar date: ${date.slice(0, 7)} has ${days} days` : null;
}

// A YAML date may arrive as a number (2005); it is kept as the string the author meant.
const dateString = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .pipe(
    z
      .string()
      .regex(DATE, { error: 'must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"', abort: true })
      .refine((v) => calendarProblem(v) === null, { error: (issue) => calendarProblem(String(issue.input))! }),
  );
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

export const theme = z.strictObject({ id: slug, name: localized('name'), description: localized('text') });

export const district = z.strictObject({
  id: slug,
  name: localized('name'),
  short: localized('name'),
  order: z.number().int(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#1f5fa8"'),
  areaKm2: z.number().positive().optional(),
  areaSource: sourceRef.optional(),
  areaNote: localized('text').optional(),
  merged: z.array(z.strictObject({ name: localized('name'), date: dateString, source: sourceRef })),
});

export const source = z.strictObject({
  id: slug,
  seed: text(TEXT_MAX.name.en),
  kind: z.enum(['chapter', 'plan', 'report']),
  language: z.enum(['zh-Hans', 'zh-Hant']),
  title: localized('name'),
  container: localized('name').optional(),
  publisher: localized('name').optional(),
  year: year.optional(),
  /** The years the document covers: a milestone it reports lies inside them. */
  span: z.tuple([year, year]),
  sections: z
    .array(z.strictObject({ id: sectionId, title: localized('name'), dated: z.boolean() }))
    .min(1, "must list the document's sections"),
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

export const milestone = z.strictObject({
  id: slug,
  date: dateString,
  district: slug,
  era: slug,
  themes: z.array(slug).min(1, 'must name at least one theme'),
  places: z.array(slug).default([]),
  title: localized('title'),
  summary: localized('text'),
  source: sourceRef,
  alsoIn: z.array(sourceRef).optional(),
  note: localized('text').optional(),
});
export type Milestone = z.infer<typeof milestone>;

export const place = z.strictObject({
  id: slug,
  name: localized('name'),
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
  label: localized('name'),
  value: z.number(),
  unit: z.enum(UNITS),
  source: sourceRef,
  note: localized('text').optional(),
});

const planItem = z.strictObject({
  id: slug,
  title: localized('title'),
  summary: localized('text'),
  section: sectionId,
});

export const plan = z.strictObject({
  id: slug,
  district: slug,
  title: localized('name'),
  period: z.tuple([year, year]),
  baselineYear: year,
  source: sourceRef,
  summary: localized('text'),
  targets: z
    .array(
      z
        .strictObject({
          id: slug,
          indicator: localized('name'),
          baseline: z.number().nullable(),
          target: z.number().nullable(),
          targetText: localized('text').optional(),
          unit: z.enum(UNITS).nullable(),
          section: sectionId,
          note: localized('text').optional(),
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
} as const;
export type RecordCollection = keyof typeof recordCollections;

/** The collections written in MDX, one file per record and language: `<folder>/<locale>/<id>.mdx`. */
export const mdxCollections = { eras: era, overviews: overview } as const;
export type MdxCollection = keyof typeof mdxCollections;
