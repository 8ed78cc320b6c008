// The content collections' loaders. The whole content folder is read and checked once per build (every
// collection's loader, and the search-index route, share readContentOnce) and each record passes through its schema once, there:
// the loaders store what was checked, without Astro's parseData running the schema again. MDX files are
// stored for Astro to compile when a page renders them, from the front matter read here.
//
// Bad content ends `astro build` (and `astro sync`, `astro check`) with one line per problem and
// nothing else: no stack trace, no hint from Astro. In `astro dev` the error is thrown instead, so the
// server stays up and shows it.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContentOnce } from '../lib/content/build/contentOnce.ts';
import { ContentError, contentReport } from '../lib/content/contentIssues.ts';
import type { Dataset } from '../lib/content/contentValidation.ts';

export const contentRoot = process.env.CONTENT_DIR ?? 'content';

function loadContent(dev: boolean): Dataset {
  const { dataset, issues } = readContentOnce(contentRoot);
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
