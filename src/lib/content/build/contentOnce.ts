// The content folder, read and checked once per build. The collections' loader and the search-index
// route both call readContentOnce; Astro runs them in different module graphs of the same process, so
// the result is kept on globalThis, keyed by the folder, and read again only when a file changed (a
// stamp of every path's size and mtime: in `astro dev` an edit is read again).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from './contentFiles.ts';
import type { ContentIssue } from '../contentIssues.ts';
import type { Dataset } from '../contentValidation.ts';

export interface ContentRead {
  dataset: Dataset;
  issues: ContentIssue[];
}

interface Memo {
  stamp: string;
  read: ContentRead;
  /** How many times the folder has been read and checked in this process. */
  reads: number;
}

const KEY = Symbol.for('beijing-social-reform-history.content');
const memos = ((globalThis as { [KEY]?: Map<string, Memo> })[KEY] ??= new Map<string, Memo>());

function stampOf(root: string): string {
  const parts: string[] = [];
  const walk = (path: string) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    parts.push(`${path}:${info.size}:${info.mtimeMs}`);
    if (info.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  walk(root);
  return parts.join('\n');
}

/** The checked content of `root`, read at most once while no file in it changes. */
export function readContentOnce(root: string): ContentRead {
  const key = resolve(root);
  const stamp = stampOf(key);
  const memo = memos.get(key);
  if (memo?.stamp === stamp) return memo.read;
  const read = readContent(root);
  memos.set(key, { stamp, read, reads: (memo?.reads ?? 0) + 1 });
  return read;
}

/** How many times `root` has been read and checked in this process (for tests). */
export function contentReads(root: string): number {
  return memos.get(resolve(root))?.reads ?? 0;
}
