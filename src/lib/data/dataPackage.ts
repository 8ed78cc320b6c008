// /data/datapackage.json: the open data as a Frictionless Data Package (v1), the descriptor that data
// portals (CKAN), the Frictionless framework and Data Curator read. Every file is a resource; the
// tables (CSV, and the JSON files that are arrays of records) carry a Table Schema generated from the
// same schemas as everything else.
import {
  generatedSchema,
  PUBLISHED_SCHEMAS,
  type Describe,
  type JsonSchema,
  type PublishedSchema,
  type SchemaName,
} from './publishedSchemas.ts';
import { recordSchema } from './dataDictionary.ts';

export interface DataFile {
  /** File name under /data/. */
  name: string;
  format: 'json' | 'csv' | 'geojson' | 'xlsx';
  /** The schema its records follow, if any. */
  schema?: SchemaName;
}

/** Every download of /data/ except the TimelineJS files, in the order /data/ lists them. */
export const DATA_FILES: readonly DataFile[] = [
  { name: 'milestones.json', format: 'json', schema: 'milestones' },
  { name: 'milestones.csv', format: 'csv', schema: 'milestones-csv' },
  { name: 'eras.json', format: 'json', schema: 'eras' },
  { name: 'indicators.json', format: 'json', schema: 'indicators' },
  { name: 'indicators.csv', format: 'csv', schema: 'indicators-csv' },
  { name: 'places.geojson', format: 'geojson', schema: 'places' },
  { name: 'districts.geojson', format: 'geojson', schema: 'districts' },
  { name: 'core-structure.geojson', format: 'geojson', schema: 'core-structure' },
  { name: 'beijing-social-reform.xlsx', format: 'xlsx' },
  { name: 'map-shapes.json', format: 'json' },
];

export const MEDIA_TYPES: Record<DataFile['format'], string> = {
  json: 'application/json',
  csv: 'text/csv',
  geojson: 'application/geo+json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface TableField {
  name: string;
  type: string;
  description?: string;
  constraints?: { required?: true; enum?: unknown[] };
}

const isPublished = (name: SchemaName | undefined): name is PublishedSchema =>
  (PUBLISHED_SCHEMAS as readonly string[]).includes(name ?? '');

/** Table Schema type of a JSON Schema node (partial dates stay strings: Table Schema has no type for them). */
function fieldType(node: JsonSchema): string {
  const types = node.anyOf ? node.anyOf.map(fieldType).filter((t) => t !== 'null') : [node.type];
  const [type] = new Set(types.flat());
  if (node.prefixItems) return 'array';
  return typeof type === 'string' && type !== 'null' ? type : 'any';
}

/** The Table Schema of one record of a file, from its JSON Schema. */
export function tableSchema(name: SchemaName, describe: Describe): { fields: TableField[]; primaryKey?: string } {
  const record = recordSchema(generatedSchema(name));
  const object = record.properties?.properties ?? record;
  const fields = Object.entries(object.properties ?? {}).map(([field, node]): TableField => {
    const required = object.required?.includes(field) && !(node.anyOf ?? []).some((n) => n.type === 'null');
    const constraints = { ...(required ? { required: true as const } : {}), ...(node.enum ? { enum: node.enum } : {}) };
    const description = describe(field);
    return {
      name: field,
      type: fieldType(node),
      ...(description ? { description } : {}),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  return { fields, ...(object.properties?.id ? { primaryKey: 'id' } : {}) };
}

export interface PackageInput {
  title: string;
  description: string;
  /** What each file holds, by file name. */
  describeFile: (name: string) => string;
  describeField: Describe;
  /** Size in bytes of each file. */
  bytes: (name: string) => number;
  sources: readonly { title: string }[];
  /** Years the data covers. */
  temporal: { start: string; end: string };
  /** Where: a name and a WGS-84 bounding box [west, south, east, north]. */
  spatial: { name: string; bbox: readonly number[] };
  /** The source and licence of the boundary files, which are not ours. */
  boundaries: { title: string; path: string; licence: string };
  timelinejs: readonly { name: string; description: string }[];
}

export function dataPackage(input: PackageInput) {
  const resource = (file: DataFile) => {
    const tabular = file.schema !== undefined && (file.format === 'csv' || file.format === 'json');
    const boundary = file.name === 'districts.geojson' || file.name === 'core-structure.geojson';
    return {
      name: file.name.replace(/\.[a-z]+$/, '').replace(/\./g, '-'),
      path: file.name,
      ...(tabular ? { profile: 'tabular-data-resource' } : {}),
      title: file.name,
      description: input.describeFile(file.name),
      format: file.format,
      mediatype: MEDIA_TYPES[file.format],
      ...(file.format === 'xlsx' ? {} : { encoding: 'utf-8' }),
      bytes: input.bytes(file.name),
      ...(file.schema ? { schema: tableSchema(file.schema, input.describeField) } : {}),
      // Not a Data Package property: where the full JSON Schema of the file is.
      ...(isPublished(file.schema) ? { jsonSchema: `${file.schema}.schema.json` } : {}),
      ...(file.format === 'csv' ? { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } } : {}),
      ...(boundary
        ? {
            sources: [{ title: input.boundaries.title, path: input.boundaries.path }],
            licenses: [{ name: input.boundaries.licence }],
          }
        : {}),
    };
  };
  return {
    profile: 'data-package',
    name: 'beijing-social-reform-history',
    title: input.title,
    description: input.description,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0 International',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    sources: input.sources.map((s) => ({ title: s.title })),
    keywords: ['Beijing', 'social construction', 'community governance', '社会建设', '北京'],
    temporal: input.temporal,
    spatial: { name: input.spatial.name, bbox: [...input.spatial.bbox] },
    resources: [
      ...DATA_FILES.map(resource),
      ...input.timelinejs.map((t) => ({
        name: `timelinejs-${t.name
          .replace(/^timelinejs\//, '')
          .replace(/\.json$/, '')
          .replace(/\//g, '-')}`,
        path: t.name,
        title: t.name,
        description: t.description,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: input.bytes(t.name),
      })),
    ],
  };
}
