// The data dictionary on /data/: one row per field of a file's record (field, type, meaning), read
// from the same JSON Schema the file is checked against, so it cannot drift from the data.
import { fill } from '../format/fillTemplate.ts';
import type { Describe, JsonSchema } from './publishedSchemas.ts';

export interface DictionaryRow {
  /** Path in the record: `title`, `source.document`, `sources[].section`. */
  field: string;
  type: string;
  required: boolean;
  meaning: string;
}

/**
 * Field meanings from a dictionary of `data.field.<name>` strings: `source_document` reads as
 * `document`, a JSON name such as `dateWording` as its CSV twin `date_wording`, and `title_zh` as the
 * meaning of `title` in the language named by `data.field.zh`.
 */
export function describer(lookup: (key: string) => string | undefined): Describe {
  const meaning = (name: string) =>
    lookup(`data.field.${name.replace(/^source_/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`);
  return (field) => {
    const [, base, lang] = /^(.+)_(zh|en)$/.exec(field) ?? [];
    if (!base) return meaning(field);
    const text = meaning(base);
    const template = lookup('data.field.inLanguage');
    return text && template ? fill(template, { lang: meaning(lang)!, meaning: text }) : undefined;
  };
}

/** The schema of one record: an array's items, or a GeoJSON collection's features. */
export function recordSchema(schema: JsonSchema): JsonSchema {
  const record = schema.type === 'array' && schema.items ? schema.items : schema;
  return record.properties?.features?.items ?? record;
}

const isBilingual = (node: JsonSchema) =>
  node.type === 'object' && Object.keys(node.properties ?? {}).join() === 'zh,en';

export function typeLabel(node: JsonSchema): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum && node.enum.length <= 6) return node.enum.join(' | ');
  if (node.anyOf) {
    const labels = [...new Set(node.anyOf.map(typeLabel))].join(' | ');
    return node.anyOf.some((n) => n.format === 'date') ? `${labels} (YYYY | YYYY-MM | date | YYYY/YYYY)` : labels;
  }
  if (node.prefixItems) return `[${node.prefixItems.map(typeLabel).join(', ')}]`;
  if (node.type === 'array') return `${node.items ? typeLabel(node.items) : 'any'}[]`;
  if (isBilingual(node)) return `{zh, en}: ${typeLabel(node.properties!.zh)}`;
  if (node.format === 'uri') return 'string (URL)';
  return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any');
}

export function dictionaryRows(schema: JsonSchema, describe: Describe, path = ''): DictionaryRow[] {
  const record = path ? schema : recordSchema(schema);
  return Object.entries(record.properties ?? {}).flatMap(([key, node]) => {
    const field = path ? `${path}.${key}` : key;
    const required = record.required?.includes(key) ?? false;
    if (node.type === 'object' && node.properties && !isBilingual(node)) return dictionaryRows(node, describe, field);
    if (node.type === 'array' && node.items?.type === 'object' && !isBilingual(node.items))
      return dictionaryRows(node.items, describe, `${field}[]`);
    return [{ field, type: typeLabel(node), required, meaning: describe(key) ?? '' }];
  });
}
