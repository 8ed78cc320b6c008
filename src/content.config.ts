import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import * as schema from './lib/content/schemas.ts';
import { recordsLoader, contentRoot } from './loaders/recordsLoader.ts';

const mdx = (folder: string) =>
  glob({
    base: `${contentRoot}/${folder}`,
    pattern: '{zh,en}/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });

export const collections = {
  districts: defineCollection({ loader: recordsLoader('districts'), schema: schema.district }),
  themes: defineCollection({ loader: recordsLoader('themes'), schema: schema.theme }),
  sources: defineCollection({ loader: recordsLoader('sources'), schema: schema.source }),
  milestones: defineCollection({ loader: recordsLoader('milestones'), schema: schema.milestone }),
  places: defineCollection({ loader: recordsLoader('places'), schema: schema.place }),
  indicators: defineCollection({ loader: recordsLoader('indicators'), schema: schema.indicator }),
  plans: defineCollection({ loader: recordsLoader('plans'), schema: schema.plan }),
  glossary: defineCollection({ loader: recordsLoader('glossary'), schema: schema.glossaryTerm }),
  mapFeatures: defineCollection({ loader: recordsLoader('mapFeatures'), schema: schema.mapFeature }),
  eras: defineCollection({ loader: mdx('eras'), schema: schema.era }),
  overviews: defineCollection({ loader: mdx('overviews'), schema: schema.overview }),
};
