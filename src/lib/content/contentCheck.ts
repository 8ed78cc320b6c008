// From raw records (what YAML and MDX front matter hold) to a checked dataset: each record through its
// schema once, then the checks across records. Pure, so that any input can be thrown at it: whatever it
// is given, it answers with a dataset and one issue per problem, and never throws.
import type { z } from 'astro/zod';
import { mdxCollections, recordCollections, SLUG_MAX } from './schemas.ts';
import { fieldPath, type ContentIssue } from './contentIssues.ts';
import { validateDataset, type Dataset, type Entry, type ValidationOptions } from './contentValidation.ts';

export interface RawEntry {
  file: string;
  /** Position in its file's list (YAML), for records without a usable id. */
  index: number;
  /** The record's id when the file name gives it (MDX: `<locale>/<id>`). */
  key?: string;
  raw: unknown;
  /** MDX: the text after the front matter. */
  body?: string;
}
export type RawContent = { [C in keyof Dataset]: RawEntry[] };

export function emptyRawContent(): RawContent {
  const names = [...Object.keys(recordCollections), ...Object.keys(mdxCollections)] as (keyof Dataset)[];
  return Object.fromEntries(names.map((name) => [name, []])) as unknown as RawContent;
}

/** How a record is named in messages and stored: its id (a glossary term: its Chinese), else its position. */
export function recordKey(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const { id, zh } = raw as Record<string, unknown>;
    for (const name of [id, zh]) {
      if (typeof name === 'string' && name.trim() && name.length <= SLUG_MAX && !/[\p{Cc}\p{Cf}]/u.test(name))
        return name;
    }
  }
  return `#${index + 1}`;
}

export interface CheckOptions extends Omit<ValidationOptions, 'completeness'> {
  /** Problems found while reading files; cross-record completeness checks wait until there are none. */
  fileIssues?: readonly ContentIssue[];
}

export function checkContent(raw: RawContent, { fileIssues = [], ...options }: CheckOptions = {}): {
  dataset: Dataset;
  issues: ContentIssue[];
} {
  const issues = [...fileIssues];
  const records: Record<string, Entry<unknown>[]> = {};
  const schemas: Record<string, z.ZodType> = {
    ...Object.fromEntries(Object.entries(recordCollections).map(([name, c]) => [name, c.schema])),
    ...mdxCollections,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    records[name] = [];
    for (const { file, index, key: given, raw: value, body } of raw[name as keyof Dataset] ?? []) {
      const key = given ?? recordKey(value, index);
      const result = schema.safeParse(value);
      if (result.success) records[name].push({ file, key, data: result.data, ...(body === undefined ? {} : { body }) });
      else
        for (const issue of result.error.issues)
          issues.push({ file, record: key, field: fieldPath(issue.path), message: issue.message });
    }
  }
  // Every collection was filled from its own schema above, so the shapes match Dataset.
  const dataset = records as unknown as Dataset;
  issues.push(...validateDataset(dataset, { ...options, completeness: issues.length === 0 }));
  return { dataset, issues };
}
