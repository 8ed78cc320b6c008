// Loads one record collection from content/ after checking the whole content folder, so that any
// problem anywhere stops the build with file, record, field and reason.
import type { Loader } from 'astro/loaders';
import { readContent } from '../lib/content/build/contentFiles.ts';
import { ContentError } from '../lib/content/contentIssues.ts';
import type { Dataset } from '../lib/content/contentValidation.ts';

export const contentRoot = process.env.CONTENT_DIR ?? 'content';

export function recordsLoader(collection: Exclude<keyof Dataset, 'eras' | 'overviews'>): Loader {
  return {
    name: 'records-loader',
    load: async ({ store, parseData }) => {
      const { dataset, issues } = readContent(contentRoot);
      if (issues.length > 0) throw new ContentError(issues);
      store.clear();
      for (const { key, data } of dataset[collection]) {
        store.set({ id: key, data: await parseData({ id: key, data: data as Record<string, unknown> }) });
      }
    },
  };
}
