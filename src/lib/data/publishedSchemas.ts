// The JSON Schemas (draft 2020-12) published beside the JSON files, generated with zod's
// z.toJSONSchema from the published shapes, then given what only the content as a whole knows: the
// ids a field may hold (enums of districts, themes, documents, places, eras), the rule that a record's
// era belongs to its district (one if/then per district), and each field's meaning.
import { z } from 'astro/zod';
import {
  coreStructureProperties,
  districtBoundaryProperties,
  eraJson,
  indicatorCsvRow,
  indicatorJson,
  milestoneCsvRow,
  milestoneJson,
  placesGeoJson,
} from './publishedShapes.ts';

/** A JSON Schema node, as far as this module reads and writes it. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  description?: string;
  [keyword: string]: unknown;
}

/** The ids the published files may refer to. */
export interface Vocabulary {
  districts: readonly string[];
  themes: readonly string[];
  documents: readonly string[];
  places: readonly string[];
  eras: readonly { id: string; district: string }[];
}

/** The meaning of a field, by its name (`title`, `source_document`…), in the language wanted. */
export type Describe = (field: string) => string | undefined;

/**
 * Every data file of /data/ with the shape of its content (for GeoJSON boundaries, of a feature's
 * properties), and for the JSON files a title and description for their published schema. `tie`
 * names the field that must be one of the record's district's eras.
 */
export const SCHEMAS = {
  milestones: {
    file: 'milestones.json',
    shape: z.array(milestoneJson),
    tie: 'era',
    title: 'Milestones of Beijing social-construction reform since 1978',
    description:
      'Every dated event on the site, oldest first. Ids are stable ASCII slugs; dates are only as precise as the source; every record names the source document and section it comes from.',
  },
  eras: {
    file: 'eras.json',
    shape: z.array(eraJson),
    tie: 'id',
    title: 'Eras of each district',
    description:
      "Each district's reform phases in order, in Chinese and English; an era that is still open has end: null.",
  },
  indicators: {
    file: 'indicators.json',
    shape: z.array(indicatorJson),
    title: 'Figures from the sources',
    description:
      "Every figure the site shows: district, year (or, where the source gives none, the period it falls in), metric, value with the source's hedge (qualifier), unit, and whether it is a target, with its source.",
  },
  places: {
    file: 'places.geojson',
    shape: placesGeoJson,
    title: 'Places named in the milestones',
    description: 'Sub-districts, communities and landmarks as WGS-84 points, each with how precise its position is.',
  },
  'milestones-csv': { file: 'milestones.csv', shape: z.array(milestoneCsvRow) },
  'indicators-csv': { file: 'indicators.csv', shape: z.array(indicatorCsvRow) },
  districts: { file: 'districts.geojson', shape: z.array(districtBoundaryProperties) },
  'core-structure': { file: 'core-structure.geojson', shape: z.array(coreStructureProperties) },
} as const satisfies Record<
  string,
  { file: string; shape: z.ZodType; tie?: 'era' | 'id'; title?: string; description?: string }
>;
export type SchemaName = keyof typeof SCHEMAS;

/** The JSON files whose schema is published as <name>.schema.json. */
export const PUBLISHED_SCHEMAS = ['milestones', 'eras', 'indicators', 'places'] as const satisfies SchemaName[];
export type PublishedSchema = (typeof PUBLISHED_SCHEMAS)[number];

/** The schema exactly as zod writes it (no vocabulary, no descriptions): the base of the rest. */
export function generatedSchema(name: SchemaName): JsonSchema {
  return z.toJSONSchema(SCHEMAS[name].shape, { target: 'draft-2020-12', io: 'output' }) as JsonSchema;
}

/** Calls `visit` on every object schema below `node`, with its property names. */
export function eachObject(node: JsonSchema, visit: (object: JsonSchema) => void): void {
  if (node.properties) visit(node);
  for (const child of [
    ...Object.values(node.properties ?? {}),
    ...(node.items ? [node.items] : []),
    ...(node.prefixItems ?? []),
    ...(node.anyOf ?? []),
  ])
    eachObject(child, visit);
}

export interface PublishOptions {
  /** The schema's own absolute URL; none when the build has no origin ($id must be absolute). */
  id?: string;
  /** A line naming the data's licence, added to the description. */
  licence?: string;
  vocabulary: Vocabulary;
  describe: Describe;
}

export function publishedSchema(name: PublishedSchema, options: PublishOptions): JsonSchema {
  const { vocabulary: v, describe } = options;
  const { $schema, ...schema } = generatedSchema(name);
  const ids: Record<string, readonly string[]> = {
    district: v.districts,
    era: v.eras.map((e) => e.id),
    themes: v.themes,
    places: v.places,
    document: v.documents,
    source_document: v.documents,
  };
  const { tie } = SCHEMAS[name] as { tie?: 'era' | 'id' };
  eachObject(schema, (object) => {
    for (const [field, child] of Object.entries(object.properties!)) {
      const known = ids[field];
      if (known) Object.assign(child.type === 'array' ? child.items! : child, { enum: [...known] });
      const meaning = describe(field);
      if (meaning) child.description = meaning;
    }
    // A record's era (or an era's own id) is one of its district's eras.
    if (tie && object.properties!.district && object.properties![tie]) {
      object.allOf = v.districts.map((d) => ({
        if: { properties: { district: { const: d } }, required: ['district'] },
        then: { properties: { [tie]: { enum: v.eras.filter((e) => e.district === d).map((e) => e.id) } } },
      }));
    }
  });
  const { title, description } = SCHEMAS[name];
  return {
    $schema,
    ...(options.id ? { $id: options.id } : {}),
    title,
    description: [description, options.licence].filter(Boolean).join(' ') || undefined,
    ...schema,
  };
}

/** The vocabulary of a content set: every district, theme, source document, place and era id. */
export function vocabularyOf(c: {
  districts: readonly { id: string }[];
  themes: readonly { id: string }[];
  sources: readonly { id: string }[];
  places: readonly { id: string }[];
  eras: readonly { id: string; district: string }[];
}): Vocabulary {
  const ids = (list: readonly { id: string }[]) => list.map((x) => x.id).sort();
  return {
    districts: ids(c.districts),
    themes: ids(c.themes),
    documents: ids(c.sources),
    places: ids(c.places),
    eras: c.eras.map(({ id, district }) => ({ id, district })).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
