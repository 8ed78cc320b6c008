// Reads the content folder: YAML record lists and MDX frontmatter, each checked against its schema.
// Build-time only (Node's fs); the loaders and the validator share it.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { recordCollections, era, overview } from '../schemas.ts';
import { fieldPath, type ContentIssue } from '../contentIssues.ts';
import { validateDataset, type Dataset, type Entry } from '../contentValidation.ts';

export const LOCALES = ['zh', 'en'] as const;

function filesIn(path: string, extension: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort()
    .map((name) => join(path, name));
}

function recordKey(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const { id, zh } = raw as Record<string, unknown>;
    if (typeof id === 'string' && id) return id;
    if (typeof zh === 'string' && zh) return zh;
  }
  return `#${index + 1}`;
}

function check<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  record: string,
  issues: ContentIssue[],
): z.output<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file, record, field: fieldPath(issue.path), message: issue.message });
  }
  return undefined;
}

function readYamlList(path: string, file: string, issues: ContentIssue[]): unknown[] {
  try {
    const doc = parseYaml(readFileSync(path, 'utf8'));
    if (doc == null) return [];
    if (!Array.isArray(doc)) {
      issues.push({ file, record: '(file)', field: '(file)', message: 'must hold a YAML list of records (- id: …)' });
      return [];
    }
    return doc;
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    issues.push({ file, record: '(file)', field: '(file)', message: `YAML syntax: ${message}` });
    return [];
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function readFrontmatter(path: string, file: string, issues: ContentIssue[]): unknown {
  const match = FRONTMATTER.exec(readFileSync(path, 'utf8'));
  if (!match) {
    issues.push({ file, record: basename(path), field: '(frontmatter)', message: 'missing --- frontmatter ---' });
    return undefined;
  }
  try {
    return parseYaml(match[1]);
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    issues.push({ file, record: basename(path), field: '(frontmatter)', message: `YAML syntax: ${message}` });
    return undefined;
  }
}

/** Reads every collection under `root` and reports every schema and cross-reference problem. */
export function readContent(root: string): { dataset: Dataset; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const records: Record<string, Entry<unknown>[]> = {};

  for (const [name, { path, schema }] of Object.entries(recordCollections)) {
    const entries: Entry<unknown>[] = [];
    for (const abs of filesIn(join(root, path), '.yaml')) {
      const file = abs;
      readYamlList(abs, file, issues).forEach((raw, index) => {
        const key = recordKey(raw, index);
        const data = check(schema, raw, file, key, issues);
        if (data !== undefined) entries.push({ file, key, data });
      });
    }
    records[name] = entries;
  }

  for (const [name, schema] of [['eras', era], ['overviews', overview]] as const) {
    const entries: Entry<unknown>[] = [];
    for (const locale of LOCALES) {
      for (const abs of filesIn(join(root, name, locale), '.mdx')) {
        const file = abs;
        const key = `${locale}/${basename(abs, '.mdx')}`;
        const raw = readFrontmatter(abs, file, issues);
        if (raw === undefined) continue;
        const data = check(schema, raw, file, key, issues);
        if (data !== undefined) entries.push({ file, key, data });
      }
    }
    records[name] = entries;
  }

  // Every collection was filled from its own schema above, so the shapes match Dataset.
  const dataset = records as unknown as Dataset;
  issues.push(...validateDataset(dataset, { completeness: issues.length === 0 }));
  return { dataset, issues };
}
