// The content collections' loaders. The whole content folder is read and checked once per build (every
// collection's loader awaits the same load) and each record passes through its schema once, there:
// the loaders store what was checked, without Astro's parseData running the schema again. MDX files are
// stored for Astro to compile when a page renders them, from the front matter read here.
//
// Bad content ends `astro build` (and `astro sync`, `astro check`) with one line per problem and
// nothing else: no stack trace, no hint from Astro. In `astro dev` the error is thrown instead, so the
// server stays up and shows it.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent } from '../lib/content/build/contentFiles.ts';
import { ContentError, contentReport, type ContentIssue } from '../lib/content/contentIssues.ts';
import type { Dataset } from '../lib/content/contentValidation.ts';

export const contentRoot = process.env.CONTENT_DIR ?? 'content';

let loaded: { stamp: string; dataset: Dataset; issues: ContentIssue[] } | undefined;

/** Changes when any content file does: in `astro dev` an edit is read again; a build reads once. */
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

function loadContent(dev: boolean): Dataset {
  const stamp = stampOf(contentRoot);
  if (loaded?.stamp !== stamp) loaded = { stamp, ...readContent(contentRoot) };
  const { dataset, issues } = loaded;
  if (issues.length === 0) return dataset;
  if (dev) throw new ContentError(issues);
  process.stderr.write(`\n${contentReport(issues, contentRoot)}\n`);
  process.exit(1);
}

/** Re-runs `load` when a content file changes (astro dev only). */
function watch(context: LoaderContext, load: () => void) {
  const { watcher } = context;
  if (!watcher) return;
  const root = resolve(contentRoot);
  watcher.add(root);
  const onChange = (path: string) => {
    if (!resolve(path).startsWith(root)) return;
    try {
      load();
    } catch (error) {
      context.logger.error(String(error));
    }
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}

type Collection = keyof Dataset;

export function contentLoader(collection: Collection): Loader {
  return {
    name: 'content-loader',
    load: (context) => {
      const { store, config } = context;
      const load = () => {
        const entries = loadContent(context.watcher !== undefined)[collection];
        store.clear();
        for (const { key, data, body, file } of entries) {
          const record = data as Record<string, unknown>;
          if (body === undefined) {
            store.set({ id: key, data: record });
            continue;
          }
          // Astro compiles the file itself when a page renders it (deferredRender).
          store.set({
            id: key,
            data: record,
            body,
            filePath: relative(fileURLToPath(config.root), resolve(file)).split('\\').join('/'),
            deferredRender: true,
          });
        }
      };
      watch(context, load);
      load();
      return Promise.resolve();
    },
  };
}
