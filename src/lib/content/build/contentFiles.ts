// Reads the content folder: YAML record lists and MDX files (front matter and body), then checks them
// (contentCheck.ts). Build-time only (Node's fs); the loaders and `npm run validate` share it, so both
// give the same lines for the same problems.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { mdxCollections, recordCollections } from '../schemas.ts';
import type { ContentIssue } from '../contentIssues.ts';
import { checkContent, emptyRawContent, type RawContent } from '../contentCheck.ts';
import type { Dataset, MdxKeys } from '../contentValidation.ts';
import { checkMdx } from './mdxBody.ts';
import { LOCALES } from '../../site/paths.ts';


const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

type Kind = 'file' | 'folder' | 'missing';
function kindOf(path: string): Kind {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

/** A problem with a whole file or folder rather than one record. */
function fileIssue(path: string, message: string): ContentIssue {
  const what = extname(path) ? '(file)' : '(folder)';
  return { file: path, record: what, field: what, message };
}

/**
 * The files of one collection with the right extension, sorted. A missing or empty folder, and any
 * file that would be skipped (`.yml`, a stray `.md`, a sub-folder), are reported: nothing is ignored
 * without a word.
 */
function collectionFiles(path: string, extension: string, what: string, issues: ContentIssue[]): string[] {
  const kind = kindOf(path);
  if (kind === 'missing') {
    issues.push(fileIssue(path, `is missing, so there are no ${what}`));
    return [];
  }
  if (kind === 'file') return [path];
  const files: string[] = [];
  let skipped = 0;
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(path, name);
    if (name.endsWith(extension) && kindOf(full) === 'file') {
      files.push(full);
      continue;
    }
    skipped++;
    if (name.endsWith('.yml')) issues.push(fileIssue(full, `is not read: rename it to ${name.slice(0, -4)}.yaml`));
    else issues.push(fileIssue(full, `is not read: ${what} are ${extension} files in ${path}`));
  }
  if (files.length === 0 && skipped === 0) issues.push(fileIssue(path, `holds no ${extension} files, so there are no ${what}`));
  return files;
}

function yamlMessage(error: unknown): string {
  return `YAML syntax: ${error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)}`;
}

function readYamlList(file: string, issues: ContentIssue[]): unknown[] {
  try {
    const doc: unknown = parseYaml(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if (doc == null) return [];
    if (Array.isArray(doc)) return doc;
    issues.push(fileIssue(file, 'must hold a YAML list of records (- id: …)'));
  } catch (error) {
    issues.push(fileIssue(file, yamlMessage(error)));
  }
  return [];
}

/** An MDX file's front matter (parsed) and body, or the problems that stop it from being read. */
function readMdx(file: string, key: string, issues: ContentIssue[]): { raw: unknown; body: string } | undefined {
  // Editors on Windows may save a byte-order mark; Astro's MDX pipeline ignores it, and so do we.
  const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const report = (field: string, message: string) => issues.push({ file, record: key, field, message });
  const match = FRONTMATTER.exec(source);
  if (!match) {
    report('(frontmatter)', 'missing --- frontmatter --- at the top of the file');
    return undefined;
  }
  for (const { line, message } of checkMdx(source)) report(line === null ? 'body' : `body (line ${line})`, message);
  try {
    return { raw: parseYaml(match[1]), body: source.slice(match[0].length) };
  } catch (error) {
    report('(frontmatter)', yamlMessage(error));
    return undefined;
  }
}

/** What the files under `root` hold, before any schema: raw records, and the problems of the files. */
export function readRawContent(root: string): { raw: RawContent; issues: ContentIssue[]; present: MdxKeys } {
  const issues: ContentIssue[] = [];
  const raw: RawContent = emptyRawContent();
  const present: MdxKeys = { eras: new Set(), overviews: new Set() };
  if (kindOf(root) !== 'folder') {
    issues.push(fileIssue(root, 'the content folder is missing'));
    return { raw, issues, present };
  }

  for (const [name, { path }] of Object.entries(recordCollections)) {
    for (const file of collectionFiles(join(root, path), '.yaml', name, issues)) {
      readYamlList(file, issues).forEach((value, index) => raw[name as keyof Dataset].push({ file, index, raw: value }));
    }
  }

  for (const name of Object.keys(mdxCollections) as (keyof typeof mdxCollections)[]) {
    const folder = join(root, name);
    for (const entry of collectionFolders(folder, name, issues)) {
      for (const file of collectionFiles(join(folder, entry), '.mdx', name, issues)) {
        const key = `${entry}/${basename(file, '.mdx')}`;
        present[name].add(key);
        const mdx = readMdx(file, key, issues);
        if (mdx) raw[name].push({ file, index: raw[name].length, key, ...mdx });
      }
    }
  }
  return { raw, issues, present };
}

/** Reads every collection under `root` and reports every problem: files, schemas, references. */
export function readContent(root: string, options: { today?: string } = {}): { dataset: Dataset; issues: ContentIssue[] } {
  const { raw, issues, present } = readRawContent(root);
  return checkContent(raw, { ...options, present, fileIssues: issues });
}

/** The locale folders of an MDX collection; anything else in it is reported. */
function collectionFolders(folder: string, what: string, issues: ContentIssue[]): string[] {
  if (kindOf(folder) !== 'folder') {
    issues.push(fileIssue(folder, `is missing, so there are no ${what}`));
    return [];
  }
  for (const name of readdirSync(folder).sort()) {
    if (!name.startsWith('.') && !(LOCALES as readonly string[]).includes(name))
      issues.push(fileIssue(join(folder, name), `is not read: ${what} are .mdx files in ${folder}/zh and ${folder}/en`));
  }
  return [...LOCALES];
}
